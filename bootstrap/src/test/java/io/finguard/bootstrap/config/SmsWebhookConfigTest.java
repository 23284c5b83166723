package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Codes travel to the SMS gateway encrypted unless they never leave the machine; its key is a key like any other. */
class SmsWebhookConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://sms.internal/send", "http://10.0.0.7:8025/sms", "http://localhost.evil.test/sms",
            "http://127.0.0.1.nip.io/sms", "http://[2001:db8::1]/sms", "http://0.0.0.0:8025/sms"})
    void serveRefusesPlainHttpToAHostOtherThanLoopback(String url) {
        assertThat(problems(ServeEnvironment.with("FINGUARD_SMS_WEBHOOK_URL", url), Mode.SERVE)).singleElement().asString()
                .startsWith("FINGUARD_SMS_WEBHOOK_URL: http:// sends codes in clear; use https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8025/sms", "http://127.8.9.10/sms", "http://localhost:8025/sms",
            "http://LOCALHOST/sms", "http://[::1]:8025/sms", "https://sms.internal/send", "https://10.0.0.7/sms"})
    void plainHttpIsAcceptedOnlyForLoopbackAndHttpsEverywhere(String url) {
        FinGuardConfig config = valid(ServeEnvironment.with("FINGUARD_SMS_WEBHOOK_URL", url), Mode.SERVE);

        assertThat(config.sms().webhook().orElseThrow().url()).hasToString(url);
    }

    @Test
    void theWebhookKeyMustDifferFromEveryOtherKey() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_SMS_WEBHOOK_KEY", env.get("FINGUARD_OTP_KEY"));

        assertThat(problems(env, Mode.SERVE)).containsExactly(
                "FINGUARD_SMS_WEBHOOK_KEY: same value as FINGUARD_OTP_KEY; every key must be distinct");
    }

    @Test
    void aKeyReusedAsTheWebhookKeyIsFoundWhicheverWayItIsEncoded() {
        Map<String, String> env = ServeEnvironment.valid();
        byte[] kyc = java.util.Base64.getDecoder().decode(env.get("FINGUARD_KYC_CALLBACK_KEY"));
        env.put("FINGUARD_SMS_WEBHOOK_KEY", java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(kyc));

        assertThat(problems(env, Mode.SERVE)).singleElement().asString()
                .isEqualTo("FINGUARD_SMS_WEBHOOK_KEY: same value as FINGUARD_KYC_CALLBACK_KEY; every key must be distinct");
    }
}
