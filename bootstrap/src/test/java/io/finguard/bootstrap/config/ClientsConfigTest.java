package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.RegisteredClient;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** FINGUARD_CLIENTS: resource servers by id, the SHA-256 of their secret only, and the audiences they may ask about. */
class ClientsConfigTest {
    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void noClientsByDefault() {
        assertThat(valid(ServeEnvironment.valid(), Mode.SERVE).clients()).isEmpty();
    }

    @Test
    void clientsAreReadWithTheirAudiences() {
        Map<String, String> env = ServeEnvironment.valid();
        String audience = env.get("FINGUARD_AUDIENCE");
        env.put("FINGUARD_CLIENTS", "orders:" + DIGEST + ":" + audience + "|billing, risk:" + DIGEST + ":" + audience);

        assertThat(valid(env, Mode.SERVE).clients()).containsExactly(
                RegisteredClient.of("orders", DIGEST, Set.of(audience, "billing")),
                RegisteredClient.of("risk", DIGEST, Set.of(audience)));
    }

    @Test
    void aClearSecretIsRefusedWithoutRepeatingIt() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_CLIENTS", "orders:my-clear-secret:" + env.get("FINGUARD_AUDIENCE"));

        assertThat(problems(env, Mode.SERVE)).singleElement().asString()
                .startsWith("FINGUARD_CLIENTS: client 'orders': the secret must be given as its SHA-256")
                .doesNotContain("my-clear-secret");
    }

    @Test
    void aClientOfNoneOfOurAudiencesOrTwiceTheSameIdIsRefused() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_CLIENTS", "orders:" + DIGEST + ":someone-else");
        assertThat(problems(env, Mode.SERVE)).singleElement().asString()
                .startsWith("FINGUARD_CLIENTS: client 'orders' names no audience FinGuard issues tokens for");

        String audience = env.get("FINGUARD_AUDIENCE");
        env.put("FINGUARD_CLIENTS", "orders:" + DIGEST + ":" + audience + ",orders:" + DIGEST + ":" + audience);
        assertThat(problems(env, Mode.SERVE)).containsExactly("FINGUARD_CLIENTS: a client id is listed twice");
    }

    @Test
    void aMalformedEntryIsRefused() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_CLIENTS", "orders"), Mode.SERVE)).singleElement().asString()
                .isEqualTo("FINGUARD_CLIENTS: each client is id:sha256hex:audience[|audience...]");
    }
}
