package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** FINGUARD_WEBHOOKS: event subscribers by name, URL and Standard Webhooks secret; FINGUARD_WEBHOOK_MAX_ATTEMPTS. */
class WebhooksConfigTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

    @Test
    void noSubscribersAndEightAttemptsByDefault() {
        WebhookSettings webhooks = valid(ServeEnvironment.valid(), Mode.SERVE).webhooks();
        assertThat(webhooks.subscribers()).isEmpty();
        assertThat(webhooks.maxAttempts()).isEqualTo(8);
    }

    @Test
    void subscribersAreReadWithTheirDecodedSecret() {
        var env = ServeEnvironment.with("FINGUARD_WEBHOOKS", "ledger|https://ledger.example.com/hooks|" + SECRET
                + ", crm|http://127.0.0.1:9999/events|" + SECRET);
        env.put("FINGUARD_WEBHOOK_MAX_ATTEMPTS", "3");

        WebhookSettings webhooks = valid(env, Mode.SERVE).webhooks();

        assertThat(webhooks.names()).containsExactly("ledger", "crm");
        assertThat(webhooks.subscribers().getFirst().url()).isEqualTo(URI.create("https://ledger.example.com/hooks"));
        assertThat(webhooks.subscribers().getFirst().secret().bytes()).isEqualTo(KEY);
        assertThat(webhooks.maxAttempts()).isEqualTo(3);
    }

    @Test
    void aBadSecretIsRefusedWithoutRepeatingIt() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_WEBHOOKS", "ledger|https://l.example.com|plain-secret-123"), Mode.SERVE))
                .singleElement().asString()
                .isEqualTo("FINGUARD_WEBHOOKS: subscriber 'ledger': the secret must be whsec_<base64>");
        assertThat(problems(ServeEnvironment.with("FINGUARD_WEBHOOKS", "ledger|https://l.example.com|whsec_c2hvcnQ="), Mode.SERVE))
                .singleElement().asString().contains("at least 24 bytes").doesNotContain("c2hvcnQ");
    }

    @Test
    void plainHttpToAnotherHostATwiceUsedNameAndMalformedEntriesAreRefused() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_WEBHOOKS", "ledger|http://ledger.example.com|" + SECRET), Mode.SERVE))
                .singleElement().asString().contains("use https://");
        assertThat(problems(ServeEnvironment.with("FINGUARD_WEBHOOKS", "a|https://a.example.com|" + SECRET + ",a|https://b.example.com|"
                + SECRET), Mode.SERVE)).containsExactly("FINGUARD_WEBHOOKS: a subscriber name is listed twice");
        assertThat(problems(ServeEnvironment.with("FINGUARD_WEBHOOKS", "ledger"), Mode.SERVE)).singleElement().asString()
                .isEqualTo("FINGUARD_WEBHOOKS: each subscriber is name|url|whsec_<base64 secret>");
        assertThat(problems(ServeEnvironment.with("FINGUARD_WEBHOOKS", "Ledger!|https://a.example.com|" + SECRET), Mode.SERVE))
                .singleElement().asString().contains("lowercase letters");
        assertThat(problems(ServeEnvironment.with("FINGUARD_WEBHOOK_MAX_ATTEMPTS", "0"), Mode.SERVE)).isNotEmpty();
    }
}
