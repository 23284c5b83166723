package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The keys that rotate by id (pepper, OTP key, outbox key): a current key with its id, and earlier keys listed as
 * id=key under FINGUARD_PREVIOUS_*, which verify or open what they made but never make anything new.
 */
class RotatingKeysConfigTest {

    @Test
    void previousPeppersAndOtpKeysAreReadByIdNextToTheCurrentOnes() {
        Map<String, String> env = ServeEnvironment.valid();
        String oldPepper = ServeEnvironment.randomKey();
        String olderPepper = ServeEnvironment.randomKey();
        String oldOtpKey = ServeEnvironment.randomKey();
        env.put("FINGUARD_PREVIOUS_PEPPERS", "pepper-0=" + oldPepper + ", pepper-00=" + olderPepper);
        env.put("FINGUARD_PREVIOUS_OTP_KEYS", "otp-0=" + oldOtpKey);

        FinGuardConfig config = valid(env, Mode.SERVE);

        assertThat(config.keys().passwordPepper().current().id()).isEqualTo("pepper-1");
        assertThat(config.keys().passwordPepper().previous()).extracting(KeyedSecret::id).containsExactly("pepper-0", "pepper-00");
        assertThat(config.keys().passwordPepper().previous().getFirst().key().bytes())
                .isEqualTo(java.util.Base64.getDecoder().decode(oldPepper));
        assertThat(config.keys().otpKey().previous()).extracting(KeyedSecret::id).containsExactly("otp-0");
        assertThat(config.keys().outboxKey().previous()).isEmpty();
    }

    @Test
    void theOutboxKeyAndItsIdAreRequiredAndPreviousOutboxKeysAreRead() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_PREVIOUS_OUTBOX_KEYS", "outbox-0=" + ServeEnvironment.randomKey());

        FinGuardConfig config = valid(env, Mode.SERVE);

        assertThat(config.keys().outboxKey().current().id()).isEqualTo("outbox-1");
        assertThat(config.keys().outboxKey().current().key().length()).isEqualTo(32);
        assertThat(config.keys().outboxKey().previous()).extracting(KeyedSecret::id).containsExactly("outbox-0");
        assertThat(problems(ServeEnvironment.without("FINGUARD_OUTBOX_KEY"), Mode.SERVE))
                .singleElement().asString().startsWith("FINGUARD_OUTBOX_KEY: missing");
        assertThat(problems(ServeEnvironment.without("FINGUARD_OUTBOX_KEY_ID"), Mode.SERVE))
                .singleElement().asString().startsWith("FINGUARD_OUTBOX_KEY_ID: missing");
    }

    @Test
    void thePhoneKeysAreRequiredTheSealingKeyRotatesByIdAndTheIndexKeyDoesNot() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_PREVIOUS_PHONE_KEYS", "phone-0=" + ServeEnvironment.randomKey());

        FinGuardConfig config = valid(env, Mode.SERVE);

        assertThat(config.keys().phoneKeys().sealKey().current().id()).isEqualTo("phone-1");
        assertThat(config.keys().phoneKeys().sealKey().current().key().length()).isEqualTo(32);
        assertThat(config.keys().phoneKeys().sealKey().previous()).extracting(KeyedSecret::id).containsExactly("phone-0");
        assertThat(config.keys().phoneKeys().indexKey().bytes())
                .isEqualTo(java.util.Base64.getDecoder().decode(env.get("FINGUARD_PHONE_INDEX_KEY")));
        for (String name : List.of("FINGUARD_PHONE_INDEX_KEY", "FINGUARD_PHONE_KEY", "FINGUARD_PHONE_KEY_ID")) {
            assertThat(problems(ServeEnvironment.without(name), Mode.SERVE)).singleElement().asString().startsWith(name + ": missing");
        }
    }

    @Test
    void thePhoneKeysMustDifferFromEveryOtherKey() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_PHONE_KEY", env.get("FINGUARD_OUTBOX_KEY"));
        env.put("FINGUARD_PHONE_INDEX_KEY", env.get("FINGUARD_RATE_LIMIT_KEY"));

        assertThat(problems(env, Mode.SERVE)).hasSize(2).allSatisfy(line -> assertThat(line).contains("every key must be distinct"))
                .anySatisfy(line -> assertThat(line).contains("FINGUARD_PHONE_KEY").contains("FINGUARD_OUTBOX_KEY"))
                .anySatisfy(line -> assertThat(line).contains("FINGUARD_PHONE_INDEX_KEY").contains("FINGUARD_RATE_LIMIT_KEY"));
    }

    static Stream<Arguments> malformed() {
        String key = ServeEnvironment.randomKey();
        String wide = java.util.Base64.getEncoder().encodeToString(new byte[48]).replace('A', 'B').replaceFirst("B", "C");
        return Stream.of(
                Arguments.of("FINGUARD_PREVIOUS_PEPPERS", key, key, "entry 1 is not id=<base64 key>"),
                Arguments.of("FINGUARD_PREVIOUS_PEPPERS", "=" + key, key, "entry 1 is not id=<base64 key>"),
                Arguments.of("FINGUARD_PREVIOUS_PEPPERS", "a=" + key + ",old pepper=" + key, key, "entry 2 is not id=<base64 key>"),
                Arguments.of("FINGUARD_PREVIOUS_PEPPERS", "2026.01=" + key, key, "entry 1 is not id=<base64 key>"),
                Arguments.of("FINGUARD_PREVIOUS_OTP_KEYS", "old=%%%", "%%%", "old: not base64"),
                Arguments.of("FINGUARD_PREVIOUS_OTP_KEYS", "old=c2hvcnQ=", "c2hvcnQ", "old: too short: 5 bytes, at least 32 needed"),
                Arguments.of("FINGUARD_PREVIOUS_OUTBOX_KEYS", "old=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAA",
                        "old: weak: every byte is the same"),
                Arguments.of("FINGUARD_PREVIOUS_OUTBOX_KEYS", "old=" + wide, wide, "old: an AES-256 key is exactly 32 bytes, not 48"),
                Arguments.of("FINGUARD_PREVIOUS_PEPPERS", "pepper-1=" + key, key, "id 'pepper-1' is also FINGUARD_PASSWORD_PEPPER_ID"),
                Arguments.of("FINGUARD_PREVIOUS_OTP_KEYS", "a=" + key + ",a=" + ServeEnvironment.randomKey(), key, "id 'a' is listed twice"),
                Arguments.of("FINGUARD_OUTBOX_KEY_ID", "2026.01", "\0", "is not a key id (1-32 of A-Z a-z 0-9 _ -)"),
                Arguments.of("FINGUARD_PASSWORD_PEPPER_ID", "a".repeat(33), "\0", "is not a key id (1-32 of A-Z a-z 0-9 _ -)"),
                Arguments.of("FINGUARD_OUTBOX_KEY", "c2hvcnQ=", "c2hvcnQ", "too short: 5 bytes, at least 32 needed"),
                Arguments.of("FINGUARD_OUTBOX_KEY", wide, wide, "an AES-256 key is exactly 32 bytes, not 48"),
                Arguments.of("FINGUARD_PHONE_KEY", wide, wide, "an AES-256 key is exactly 32 bytes, not 48"),
                Arguments.of("FINGUARD_PREVIOUS_PHONE_KEYS", "old=" + wide, wide, "old: an AES-256 key is exactly 32 bytes, not 48"),
                Arguments.of("FINGUARD_PHONE_KEY_ID", "2026.01", "\0", "is not a key id (1-32 of A-Z a-z 0-9 _ -)"),
                Arguments.of("FINGUARD_PHONE_INDEX_KEY", "c2hvcnQ=", "c2hvcnQ", "too short: 5 bytes, at least 32 needed"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("malformed")
    void aMalformedRotatingKeyIsReportedOnOneLineWithoutItsValue(String name, String value, String secret, String reason) {
        assertThat(problems(ServeEnvironment.with(name, value), Mode.SERVE)).singleElement().asString()
                .startsWith(name + ": ").contains(reason).doesNotContain(secret);
    }

    @Test
    void serveRefusesAnExamplePreviousKey() {
        String example = "EXAMPLEonlyEXAMPLEonlyEXAMPLEonlyEXAMPLEonly";

        assertThat(problems(ServeEnvironment.with("FINGUARD_PREVIOUS_PEPPERS", "old=" + example), Mode.SERVE))
                .containsExactly("FINGUARD_PREVIOUS_PEPPERS: old: an example value (contains \"example\" in some case); serve needs a real secret");
        assertThat(problems(ServeEnvironment.with("FINGUARD_OUTBOX_KEY", example), Mode.SERVE))
                .containsExactly("FINGUARD_OUTBOX_KEY: an example value (contains \"example\" in some case); serve needs a real secret");
    }

    @Test
    void theOutboxKeyMustDifferFromEveryOtherKey() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_OUTBOX_KEY", env.get("FINGUARD_OTP_KEY"));

        assertThat(problems(env, Mode.SERVE))
                .containsExactly("FINGUARD_OUTBOX_KEY: same value as FINGUARD_OTP_KEY; every key must be distinct");
    }

    @Test
    void aPreviousKeyMustDifferFromEveryCurrentAndPreviousKeyOfAnotherPurpose() {
        Map<String, String> env = ServeEnvironment.valid();
        String shared = ServeEnvironment.randomKey();
        env.put("FINGUARD_PREVIOUS_PEPPERS", "old=" + shared);
        env.put("FINGUARD_PREVIOUS_OUTBOX_KEYS", "old=" + shared);
        env.put("FINGUARD_PREVIOUS_OTP_KEYS", "old=" + env.get("FINGUARD_REFRESH_KEY"));

        assertThat(problems(env, Mode.SERVE)).containsExactlyInAnyOrder(
                "FINGUARD_REFRESH_KEY: same value as FINGUARD_PREVIOUS_OTP_KEYS old; every key must be distinct",
                "FINGUARD_PREVIOUS_OUTBOX_KEYS: old: same value as FINGUARD_PREVIOUS_PEPPERS old; every key must be distinct");
    }

    @Test
    void aPreviousKeyMayNotRepeatTheCurrentKeyUnderAnotherId() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_PREVIOUS_PEPPERS", "pepper-0=" + env.get("FINGUARD_PASSWORD_PEPPER"));

        assertThat(problems(env, Mode.SERVE)).containsExactly(
                "FINGUARD_PREVIOUS_PEPPERS: pepper-0: same value as FINGUARD_PASSWORD_PEPPER; every key must be distinct");
    }
}
