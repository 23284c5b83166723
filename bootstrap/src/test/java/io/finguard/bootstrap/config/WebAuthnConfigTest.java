package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The WebAuthn relying party: a domain name, and origins a browser would run a ceremony on for it. */
class WebAuthnConfigTest {

    @Test
    void theDefaultIsLocalhostOnTheApiPort() {
        FinGuardConfig config = valid(ServeEnvironment.with("FINGUARD_HTTP_PORT", "8181"), Mode.SERVE);

        assertThat(config.webAuthn()).isEqualTo(new WebAuthnSettings("localhost", List.of("http://localhost:8181")));
    }

    @Test
    void anRpIdAndItsOriginsAreRead() {
        Map<String, String> env = ServeEnvironment.with("FINGUARD_WEBAUTHN_RP_ID", "example.com");
        env.put("FINGUARD_WEBAUTHN_ORIGINS", "https://example.com, https://app.example.com:8443");

        assertThat(valid(env, Mode.SERVE).webAuthn())
                .isEqualTo(new WebAuthnSettings("example.com", List.of("https://example.com", "https://app.example.com:8443")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com.evil.test", "http://app.example.com", "https://app.example.com/login",
            "example.com", "https://user@example.com", "https://evilexample.com"})
    void anOriginOffTheRpIdOrNotSecureOrNotBareIsRefused(String origin) {
        Map<String, String> env = ServeEnvironment.with("FINGUARD_WEBAUTHN_RP_ID", "example.com");
        env.put("FINGUARD_WEBAUTHN_ORIGINS", origin);

        assertThat(problems(env, Mode.SERVE)).singleElement().asString().startsWith("FINGUARD_WEBAUTHN_ORIGINS: '" + origin + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com", "example.com:443", "Example.com", "example..com", "-example.com"})
    void anRpIdThatIsNotADomainNameIsRefused(String rpId) {
        assertThat(problems(ServeEnvironment.with("FINGUARD_WEBAUTHN_RP_ID", rpId), Mode.SERVE)).singleElement().asString()
                .startsWith("FINGUARD_WEBAUTHN_RP_ID:");
    }
}
