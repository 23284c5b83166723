package io.finguard.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

class WebConfigTest {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final String adminHash = WebConfig.sha256Hex(Fixtures.ADMIN_TOKEN);

    @Test
    void defaultsAreSixteenKibibytesAndNoTrustedProxy() {
        WebConfig config = WebConfig.of(8080, adminHash, Fixtures.KYC_KEY, registry, "https://api.example.com/");

        assertThat(config.maxBodyBytes()).isEqualTo(16 * 1024);
        assertThat(config.trustedProxies()).isEmpty();
        assertThat(config.publicBaseUrl()).isEqualTo("https://api.example.com");
    }

    @Test
    void toStringShowsNeitherTheAdminHashNorTheCallbackKey() {
        String text = WebConfig.of(8080, adminHash, Fixtures.KYC_KEY, registry, "https://api.example.com").toString();

        assertThat(text).doesNotContain(adminHash).doesNotContain(new String(Fixtures.KYC_KEY)).contains("redacted");
    }

    @Test
    void theCallbackKeyCannotBeChangedFromOutside() {
        byte[] key = Fixtures.KYC_KEY.clone();
        WebConfig config = WebConfig.of(8080, adminHash, key, registry, "https://api.example.com");

        key[0] = 'X';
        config.kycCallbackKey()[1] = 'Y';

        assertThat(config.kycCallbackKey()).isEqualTo(Fixtures.KYC_KEY);
    }

    @Test
    void weakOrMalformedSettingsAreRefused() {
        assertThatThrownBy(() -> WebConfig.of(8080, "not-hex", Fixtures.KYC_KEY, registry, "https://a.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebConfig.of(8080, adminHash, new byte[16], registry, "https://a.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> WebConfig.of(8080, adminHash, Fixtures.KYC_KEY, registry, "ftp://a.example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebConfig.of(70_000, adminHash, Fixtures.KYC_KEY, registry, "https://a.example"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theManagementPortIsNeverTheApiPort() {
        WebConfig config = WebConfig.of(8080, adminHash, Fixtures.KYC_KEY, registry, "https://a.example");

        assertThat(config.managementPort()).isZero();
        assertThat(config.withManagementPort(9000).managementPort()).isEqualTo(9000);
        assertThatThrownBy(() -> config.withManagementPort(8080)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("management port");
    }

    @Test
    void theAdminHashIsTheSha256OfTheToken() {
        assertThat(WebConfig.sha256Hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
