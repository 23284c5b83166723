package io.finguard.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.ClientCredential;
import io.finguard.domain.model.RegisteredClient;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** FINGUARD_CLIENTS first; a stored client counts unless FINGUARD_CLIENTS names its id. */
class ClientSourcesTest {
    private static RegisteredClient client(String id, String audience) {
        return new RegisteredClient(id, new ClientCredential.SecretDigest(new byte[32]), Set.of(audience), Set.of());
    }

    @Test
    void configuredClientsWinOverStoredOnesOfTheSameId() {
        var configured = List.of(client("orders", "finguard-api"));
        var stored = List.of(client("orders", "elsewhere"), client("risk", "finguard-api"));

        assertThat(ClientSources.merge(configured, stored)).containsExactly(client("orders", "finguard-api"),
                client("risk", "finguard-api"));
        assertThat(ClientSources.merge(List.of(), stored)).isEqualTo(stored);
    }
}
