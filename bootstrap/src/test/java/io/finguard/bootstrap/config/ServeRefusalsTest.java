package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.finguard.domain.model.OtpCode;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** serve refuses what dev tolerates: example secrets, dev switches, hashing below the OWASP floor. */
class ServeRefusalsTest {
    /** Valid base64 of 33 bytes that carries the marker. */
    private static final String EXAMPLE_KEY = "EXAMPLEonlyEXAMPLEonlyEXAMPLEonlyEXAMPLEonly";
    private static final String REFUSAL = ": an example value (contains \"example\" in some case); serve needs a real secret";

    static Stream<Arguments> exampleSecrets() {
        List<String> secrets = List.of("FINGUARD_PASSWORD_PEPPER", "FINGUARD_OTP_KEY", "FINGUARD_OUTBOX_KEY", "FINGUARD_PHONE_INDEX_KEY", "FINGUARD_REFRESH_KEY",
                "FINGUARD_RATE_LIMIT_KEY", "FINGUARD_KYC_CALLBACK_KEY", "FINGUARD_ADMIN_TOKEN", "FINGUARD_SMS_WEBHOOK_KEY",
                "FINGUARD_DATABASE_PASSWORD");
        // Each spelling is valid base64 of 33 bytes, so nothing but the marker can be the reason for the refusal.
        List<String> spellings = List.of(EXAMPLE_KEY, EXAMPLE_KEY.toLowerCase(Locale.ROOT),
                "ExampleOnlyExampleOnlyExampleOnlyExampleOnly", "exAMPleOnlyexAMPleOnlyexAMPleOnlyexAMPleOnly");
        return secrets.stream().flatMap(secret -> spellings.stream().map(value -> Arguments.of(secret, value)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("exampleSecrets")
    void serveRefusesASecretThatSaysExampleInAnyCase(String key, String value) {
        assertThat(Base64.getDecoder().decode(value)).hasSizeGreaterThanOrEqualTo(32);

        assertThat(problems(ServeEnvironment.with(key, value), Mode.SERVE)).containsExactly(key + REFUSAL);
    }

    @Test
    void serveRefusesExampleDatabaseAndRedisPasswordsAndSigningKey() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_DATABASE_PASSWORD", "Example-db-password");
        env.put("FINGUARD_REDIS_URL", "redis://:example-redis-password@redis:6379");
        env.put("FINGUARD_SIGNING_KEY", "# example key, generate your own\n" + env.get("FINGUARD_SIGNING_KEY"));

        assertThat(problems(env, Mode.SERVE)).extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactlyInAnyOrder("FINGUARD_DATABASE_PASSWORD", "FINGUARD_REDIS_URL", "FINGUARD_SIGNING_KEY");
    }

    @Test
    void anExampleDomainInAUrlIsNotASecretMarker() {
        FinGuardConfig config = valid(ServeEnvironment.with("FINGUARD_ISSUER", "https://auth.example.com"), Mode.SERVE);

        assertThat(config.tokens().issuer()).isEqualTo("https://auth.example.com");
    }

    @Test
    void devToleratesExampleSecrets() {
        FinGuardConfig config = valid(ServeEnvironment.with("FINGUARD_OTP_KEY", EXAMPLE_KEY), Mode.DEV);

        assertThat(config.keys().otpKey().current().key().bytes()).isEqualTo(Base64.getDecoder().decode(EXAMPLE_KEY));
    }

    @Test
    void serveRefusesEveryDevSwitchEvenUnknownOnes() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_DEV_FIXED_OTP_CODE", "123456");
        env.put("FINGUARD_DEV_CONSOLE_SENDER", "true");

        assertThat(problems(env, Mode.SERVE)).containsExactly(
                "FINGUARD_DEV_CONSOLE_SENDER: dev-only switch; serve never enables it (unset it)",
                "FINGUARD_DEV_FIXED_OTP_CODE: dev-only switch; serve never enables it (unset it)");
    }

    @Test
    void devTakesAFixedCodeOfTheConfiguredLength() {
        FinGuardConfig config = valid(ServeEnvironment.with("FINGUARD_DEV_FIXED_OTP_CODE", "123456"), Mode.DEV);

        assertThat(config.dev().fixedOtpCode()).contains(new OtpCode("123456"));
        assertThat(problems(ServeEnvironment.with("FINGUARD_DEV_FIXED_OTP_CODE", "12345"), Mode.DEV))
                .containsExactly("FINGUARD_DEV_FIXED_OTP_CODE: must be exactly 6 digits (FINGUARD_OTP_LENGTH)");
    }

    @Test
    void devMayHashBelowTheOwaspFloorButServeMayNot() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_ARGON2_MEMORY_KIB", "1024");
        env.put("FINGUARD_ARGON2_ITERATIONS", "1");

        FinGuardConfig dev = valid(env, Mode.DEV);

        assertThat(dev.hashing().memoryKib()).isEqualTo(1024);
        assertThat(dev.hashing().iterations()).isEqualTo(1);
        assertThat(problems(env, Mode.SERVE)).containsExactly(
                "FINGUARD_ARGON2_MEMORY_KIB: 1024 is out of range 19456..262144 (OWASP minimum for Argon2id in serve)",
                "FINGUARD_ARGON2_ITERATIONS: 1 is out of range 2..20 (OWASP minimum for Argon2id in serve)");
    }

    @Test
    void devRunsWithoutADatabasePasswordServeDoesNot() {
        Map<String, String> env = ServeEnvironment.without("FINGUARD_DATABASE_PASSWORD");

        assertThat(valid(env, Mode.DEV).database().password().isEmpty()).isTrue();
        assertThat(problems(env, Mode.SERVE)).singleElement().asString()
                .startsWith("FINGUARD_DATABASE_PASSWORD: missing");
    }

    /** Revocation reaches access tokens only through their lifetime on other routes: it stays short. */
    @Test
    void serveRefusesAnAccessTokenLifetimeAboveFifteenMinutes() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_ACCESS_TOKEN_TTL_SECONDS", "901"), Mode.SERVE))
                .containsExactly("FINGUARD_ACCESS_TOKEN_TTL_SECONDS: 901 is out of range 60..900 (access tokens live at most 15 minutes)");
        assertThat(problems(ServeEnvironment.with("FINGUARD_ACCESS_TOKEN_TTL_SECONDS", "3600"), Mode.SERVE)).hasSize(1);
        assertThat(valid(ServeEnvironment.with("FINGUARD_ACCESS_TOKEN_TTL_SECONDS", "900"), Mode.SERVE).tokens().accessTokenTtl())
                .isEqualTo(java.time.Duration.ofMinutes(15));
    }

    @Test
    void migrateNeedsOnlyTheDatabaseAndThePhoneKeys() {
        Map<String, String> env = Map.of("FINGUARD_DATABASE_URL", "jdbc:postgresql://db:5432/finguard",
                "FINGUARD_DATABASE_USER", "finguard", "FINGUARD_DATABASE_PASSWORD", "pw",
                "FINGUARD_PHONE_INDEX_KEY", ServeEnvironment.randomKey(), "FINGUARD_PHONE_KEY", ServeEnvironment.randomKey(),
                "FINGUARD_PHONE_KEY_ID", "phone-1");

        switch (ConfigReader.readMigration(env, Mode.SERVE)) {
            case Validated.Valid<MigrationSettings> valid -> {
                assertThat(valid.value().database().user()).isEqualTo("finguard");
                assertThat(valid.value().phoneKeys().sealKey().current().id()).isEqualTo("phone-1");
            }
            case Validated.Invalid<MigrationSettings> invalid -> fail("refused: " + invalid.problems());
        }
        switch (ConfigReader.readMigration(Map.of(), Mode.SERVE)) {
            case Validated.Valid<MigrationSettings> valid -> fail("accepted an empty environment: " + valid.value());
            case Validated.Invalid<MigrationSettings> invalid -> assertThat(invalid.problems()).hasSize(6);
        }
    }
}
