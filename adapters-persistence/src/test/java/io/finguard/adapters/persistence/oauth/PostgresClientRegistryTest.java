package io.finguard.adapters.persistence.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.model.ClientCredential;
import io.finguard.domain.model.RegisteredClient;
import io.finguard.domain.model.Scope;
import io.finguard.domain.port.out.DuplicateException;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostgresClientRegistryTest {
    private final PostgresClientRegistry registry =
            new PostgresClientRegistry(PostgresPorts.shared().persistence().transactions(), Clock.systemUTC());
    private final String prefix = "t" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void secretAndKeyClientsAreStoredReadBackAndRemoved() {
        var secret = new RegisteredClient(prefix + "-orders", new ClientCredential.SecretDigest(new byte[32]),
                Set.of("finguard-api", "billing"), Set.of(Scope.PROFILE_READ, Scope.TRANSFER_CREATE));
        var key = new RegisteredClient(prefix + "-risk", new ClientCredential.PublicJwk("{\"kty\":\"EC\"}"), Set.of("finguard-api"),
                Set.of());
        registry.add(secret);
        registry.add(key);

        assertThat(registry.all()).filteredOn(c -> c.id().startsWith(prefix)).containsExactly(secret, key);
        assertThat(registry.remove(secret.id())).isTrue();
        assertThat(registry.remove(secret.id())).isFalse();
        assertThat(registry.all()).filteredOn(c -> c.id().startsWith(prefix)).containsExactly(key);
    }

    @Test
    void anIdIsRegisteredOnce() {
        var client = new RegisteredClient(prefix, new ClientCredential.SecretDigest(new byte[32]), Set.of("a"), Set.of());
        registry.add(client);
        assertThatThrownBy(() -> registry.add(client)).isInstanceOf(DuplicateException.class);
    }
}
