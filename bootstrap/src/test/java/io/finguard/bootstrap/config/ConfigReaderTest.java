package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.web.Cidr;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigReaderTest {

    @Test
    void aCompleteServeEnvironmentIsReadIntoTheRecords() {
        FinGuardConfig config = valid(ServeEnvironment.valid(), Mode.SERVE);

        assertThat(config.mode()).isEqualTo(Mode.SERVE);
        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://db.internal:5432/finguard");
        assertThat(config.database().password().text()).isEqualTo("s3cret-db-password");
        assertThat(config.redis().url().getHost()).isEqualTo("redis.internal");
        assertThat(config.http().port()).isEqualTo(9090);
        assertThat(config.http().trustedProxies()).isEmpty();
        assertThat(config.tokens().keyId()).isEqualTo("2026-01");
        assertThat(config.tokens().issuer()).isEqualTo("https://auth.finguard.test");
        assertThat(config.keys().passwordPepper().current().id()).isEqualTo("pepper-1");
        assertThat(config.keys().passwordPepper().current().key().length()).isEqualTo(32);
        assertThat(config.phones().allowedPrefixes()).containsExactly("+49", "+43", "+41");
        assertThat(config.dev()).isEqualTo(DevSwitches.NONE);
    }

    @Test
    void unsetOptionalValuesTakeTheirDocumentedDefaults() {
        FinGuardConfig config = valid(ServeEnvironment.without("FINGUARD_HTTP_PORT"), Mode.SERVE);

        assertThat(config.http().port()).isEqualTo(8080);
        assertThat(config.currency()).isEqualTo("EUR");
        assertThat(config.otp().ttl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.otp().length()).isEqualTo(6);
        assertThat(config.tokens().accessTokenTtl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.hashing().memoryKib()).isEqualTo(19456);
        assertThat(config.hashing().iterations()).isEqualTo(2);
        assertThat(config.database().poolSize()).isEqualTo(10);
        assertThat(config.phones().denylistedPrefixes()).isEmpty();
        assertThat(config.sessions().maxLivePerUser()).isEqualTo(10);
    }

    @Test
    void loadSheddingLimitsFollowTheHashingSlotsAndThePoolUnlessSet() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_HASH_CONCURRENCY", "3");
        env.put("FINGUARD_DATABASE_POOL_SIZE", "12");

        FinGuardConfig defaults = valid(env, Mode.SERVE);

        assertThat(defaults.load()).isEqualTo(new LoadSettings(96, 192, 256, Duration.ofMillis(50)));
        assertThat(defaults.database().statementTimeout()).isEqualTo(Duration.ofSeconds(5));

        env.put("FINGUARD_MAX_IN_FLIGHT_HASHING", "5");
        env.put("FINGUARD_MAX_IN_FLIGHT_DATABASE", "7");
        env.put("FINGUARD_MAX_IN_FLIGHT_CHEAP", "9");
        env.put("FINGUARD_IN_FLIGHT_QUEUE_TIMEOUT_MS", "0");
        env.put("FINGUARD_DATABASE_STATEMENT_TIMEOUT_MS", "2500");
        FinGuardConfig chosen = valid(env, Mode.SERVE);

        assertThat(chosen.load()).isEqualTo(new LoadSettings(5, 7, 9, Duration.ZERO));
        assertThat(chosen.database().statementTimeout()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aLoadLimitOfZeroOrAQueueOverASecondIsRefused() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_MAX_IN_FLIGHT_DATABASE", "0");
        env.put("FINGUARD_IN_FLIGHT_QUEUE_TIMEOUT_MS", "5000");

        assertThat(problems(env, Mode.SERVE)).anyMatch(p -> p.contains("FINGUARD_MAX_IN_FLIGHT_DATABASE"))
                .anyMatch(p -> p.contains("FINGUARD_IN_FLIGHT_QUEUE_TIMEOUT_MS"));
    }

    @Test
    void listsAndLimitsAreParsed() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_TRUSTED_PROXIES", "10.0.0.0/8, 2001:db8::/32,192.168.1.7");
        env.put("FINGUARD_DENYLISTED_PREFIXES", "+7,+375");
        env.put("FINGUARD_OTP_TTL_SECONDS", "600");
        env.put("FINGUARD_CURRENCY", "CHF");
        env.put("FINGUARD_ARGON2_MEMORY_KIB", "65536");
        env.put("FINGUARD_MAX_SESSIONS_PER_USER", "3");

        FinGuardConfig config = valid(env, Mode.SERVE);

        assertThat(config.sessions().maxLivePerUser()).isEqualTo(3);

        assertThat(config.http().trustedProxies()).extracting(Cidr::toString)
                .containsExactly("10.0.0.0/8", "2001:db8:0:0:0:0:0:0/32", "192.168.1.7/32");
        assertThat(config.phones().denylistedPrefixes()).containsExactly("+7", "+375");
        assertThat(config.otp().ttl()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.currency()).isEqualTo("CHF");
        assertThat(config.hashing().memoryKib()).isEqualTo(65536);
    }

    @Test
    void bsdShorthandForATrustedProxyIsRefusedNotReadAsAnotherNetwork() {
        // InetAddress reads "172.16" as 172.0.0.16: FinGuard would trust public 172.0-172.15 and not the real proxies.
        assertThat(problems(ServeEnvironment.with("FINGUARD_TRUSTED_PROXIES", "172.16/12"), Mode.SERVE)).singleElement()
                .asString().startsWith("FINGUARD_TRUSTED_PROXIES: '172.16/12' is not a literal IP or CIDR");
    }

    @Test
    void aTrustedProxyNetworkWithHostBitsIsRefused() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_TRUSTED_PROXIES", "10.0.0.0/8,172.16.0.1/12"), Mode.SERVE))
                .singleElement().asString().contains("'172.16.0.1/12'").contains("host bits");
    }

    @Test
    void theFullNetworkIsTheOneTheEdgeTrusts() throws Exception {
        FinGuardConfig config = valid(ServeEnvironment.with("FINGUARD_TRUSTED_PROXIES", "172.16.0.0/12"), Mode.SERVE);

        Cidr network = config.http().trustedProxies().getFirst();
        assertThat(network).isEqualTo(Cidr.parse("172.16.0.0/12"));
        assertThat(network.contains(InetAddress.getByName("172.31.0.1"))).isTrue();
        assertThat(network.contains(InetAddress.getByName("172.0.0.16"))).isFalse();
    }

    @Test
    void theManagementPortIs9000InServeUnlessSetAndNeverTheApiPort() {
        assertThat(valid(ServeEnvironment.valid(), Mode.SERVE).http().managementPort()).isEqualTo(9000);
        assertThat(valid(ServeEnvironment.with("FINGUARD_MANAGEMENT_PORT", "9191"), Mode.SERVE).http().managementPort())
                .isEqualTo(9191);
        assertThat(problems(ServeEnvironment.with("FINGUARD_MANAGEMENT_PORT", "9090"), Mode.SERVE)).singleElement()
                .asString().startsWith("FINGUARD_MANAGEMENT_PORT: must differ from FINGUARD_HTTP_PORT");
        assertThat(problems(ServeEnvironment.with("FINGUARD_MANAGEMENT_PORT", "0"), Mode.SERVE)).singleElement()
                .asString().startsWith("FINGUARD_MANAGEMENT_PORT: 0 is out of range 1..65535");
    }

    @Test
    void devLeavesTheManagementPortToTheSystemUnlessSet() {
        assertThat(valid(ServeEnvironment.valid(), Mode.DEV).http().managementPort()).isZero();
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("FINGUARD_DATABASE_URL", "mysql://db/finguard", "not a jdbc:postgresql:// URL"),
                Arguments.of("FINGUARD_REDIS_URL", "http://redis:6379", "Redis URL scheme must be redis, rediss, redis-sentinel"),
                Arguments.of("FINGUARD_REDIS_URL", "redis-sentinel://s1:26379,s2:26379", "a redis-sentinel:// URL names the master"),
                Arguments.of("FINGUARD_HTTP_PORT", "http", "'http' is not a whole number"),
                Arguments.of("FINGUARD_HTTP_PORT", "70000", "70000 is out of range 1..65535"),
                Arguments.of("FINGUARD_SIGNING_KEY", "not a pem", "no PKCS#8 PRIVATE KEY block"),
                Arguments.of("FINGUARD_SIGNING_KEY_ID", "key id with spaces", "is not an id"),
                Arguments.of("FINGUARD_ISSUER", "https://a b", "must not contain whitespace"),
                Arguments.of("FINGUARD_OTP_KEY", "%%%not-base64%%%", "not base64"),
                Arguments.of("FINGUARD_REFRESH_KEY", "c2hvcnQ=", "too short: 5 bytes, at least 32 needed"),
                Arguments.of("FINGUARD_RATE_LIMIT_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                        "weak: every byte is the same"),
                Arguments.of("FINGUARD_ADMIN_TOKEN", "letmein", "too short: 7 characters, at least 32 needed"),
                Arguments.of("FINGUARD_ADMIN_TOKEN", "x".repeat(40), "weak: every character is the same"),
                Arguments.of("FINGUARD_ALLOWED_COUNTRIES", "+49,DE", "'DE' is not an E.164 prefix"),
                Arguments.of("FINGUARD_DENYLISTED_PREFIXES", "+0", "'+0' is not an E.164 prefix"),
                Arguments.of("FINGUARD_TRUSTED_PROXIES", "proxy.internal", "'proxy.internal' is not a literal IP or CIDR"),
                Arguments.of("FINGUARD_TRUSTED_PROXIES", "10.0.0.0/33", "'10.0.0.0/33' is not a literal IP or CIDR"),
                Arguments.of("FINGUARD_LOG_FORMAT", "yaml", "'yaml' is neither json nor text"),
                Arguments.of("FINGUARD_CURRENCY", "EURO", "'EURO' is not an ISO 4217 currency code"),
                Arguments.of("FINGUARD_OTP_TTL_SECONDS", "601", "601 is out of range 30..600"),
                Arguments.of("FINGUARD_OTP_LENGTH", "4", "4 is out of range 6..8"),
                Arguments.of("FINGUARD_HASH_CONCURRENCY", "0", "0 is out of range 1..256"),
                Arguments.of("FINGUARD_ACCESS_TOKEN_TTL_SECONDS", "86400", "86400 is out of range 60..900"),
                Arguments.of("FINGUARD_MAX_SESSIONS_PER_USER", "0", "0 is out of range 1..100"),
                Arguments.of("FINGUARD_MAX_SESSIONS_PER_USER", "ten", "'ten' is not a whole number"),
                Arguments.of("FINGUARD_PREVIOUS_PUBLIC_KEYS", "old=bm90IGEga2V5", "is not kid=<base64 X.509 P-256"),
                Arguments.of("FINGUARD_ARGON2_MEMORY_KIB", "4096", "4096 is out of range 19456.."),
                // above the hasher's own ceiling: refused here, not by a crash when the service starts
                Arguments.of("FINGUARD_ARGON2_MEMORY_KIB", "1048576", "1048576 is out of range 19456..262144"),
                Arguments.of("FINGUARD_ARGON2_ITERATIONS", "1", "1 is out of range 2..20"),
                Arguments.of("FINGUARD_PHONE_COOLING_OFF_HOURS", "721", "721 is out of range 0..720"),
                Arguments.of("FINGUARD_RECOVERY_LIFETIME_HOURS", "0", "0 is out of range 1..720"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badValues")
    void eachBadValueIsReportedOnOneLineThatNamesTheVariable(String key, String value, String reason) {
        List<String> problems = problems(ServeEnvironment.with(key, value), Mode.SERVE);

        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).startsWith(key + ": ").contains(reason);
    }

    @Test
    void everyProblemIsReportedTogetherNotJustTheFirst() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_HTTP_PORT", "0");
        env.put("FINGUARD_OTP_KEY", "c2hvcnQ=");
        env.remove("FINGUARD_ISSUER");
        env.put("FINGUARD_CURRENCY", "euro");

        assertThat(problems(env, Mode.SERVE)).hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("FINGUARD_HTTP_PORT: "))
                .anySatisfy(line -> assertThat(line).startsWith("FINGUARD_OTP_KEY: too short"))
                .anySatisfy(line -> assertThat(line).startsWith("FINGUARD_ISSUER: missing"))
                .anySatisfy(line -> assertThat(line).startsWith("FINGUARD_CURRENCY: "));
    }

    @Test
    void anEmptyEnvironmentNamesEveryRequiredVariable() {
        List<String> problems = problems(Map.of(), Mode.SERVE);

        assertThat(problems).extracting(line -> line.substring(0, line.indexOf(':'))).containsExactlyInAnyOrder(
                "FINGUARD_DATABASE_URL", "FINGUARD_DATABASE_USER", "FINGUARD_DATABASE_PASSWORD", "FINGUARD_REDIS_URL",
                "FINGUARD_SIGNING_KEY", "FINGUARD_SIGNING_KEY_ID", "FINGUARD_ISSUER", "FINGUARD_AUDIENCE",
                "FINGUARD_PASSWORD_PEPPER", "FINGUARD_PASSWORD_PEPPER_ID", "FINGUARD_OTP_KEY", "FINGUARD_OTP_KEY_ID",
                "FINGUARD_OUTBOX_KEY", "FINGUARD_OUTBOX_KEY_ID", "FINGUARD_PHONE_INDEX_KEY", "FINGUARD_PHONE_KEY", "FINGUARD_PHONE_KEY_ID",
                "FINGUARD_REFRESH_KEY", "FINGUARD_RATE_LIMIT_KEY", "FINGUARD_KYC_CALLBACK_KEY", "FINGUARD_ADMIN_TOKEN",
                "FINGUARD_ALLOWED_COUNTRIES", "FINGUARD_SMS_WEBHOOK_URL", "FINGUARD_SMS_WEBHOOK_KEY");
        assertThat(problems).allSatisfy(line -> assertThat(line).contains("missing"));
    }

    @Test
    void blankCountsAsMissing() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_OTP_KEY", "   "), Mode.SERVE))
                .singleElement().asString().startsWith("FINGUARD_OTP_KEY: missing");
    }

    @Test
    void theCoolingOffAndTheRecoveryLifetimeDefaultToThreeDaysAndCanBeSet() {
        assertThat(valid(ServeEnvironment.valid(), Mode.SERVE).phoneLifecycle())
                .isEqualTo(new PhoneLifecycleSettings(Duration.ofHours(72), Duration.ofHours(72)));
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_PHONE_COOLING_OFF_HOURS", "24");
        env.put("FINGUARD_RECOVERY_LIFETIME_HOURS", "48");

        assertThat(valid(env, Mode.SERVE).phoneLifecycle())
                .isEqualTo(new PhoneLifecycleSettings(Duration.ofHours(24), Duration.ofHours(48)));
    }

    @Test
    void aMisspeltVariableIsRefusedButTestVariablesAreIgnored() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_OTP_TTL", "120");
        env.put("FINGUARD_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/test");
        env.put("PATH", "/usr/bin");

        assertThat(problems(env, Mode.SERVE)).containsExactly("FINGUARD_OTP_TTL: unknown setting (misspelt?)");
    }

    @Test
    void oneKeyUsedForTwoPurposesIsRefused() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_KYC_CALLBACK_KEY", env.get("FINGUARD_OTP_KEY"));

        assertThat(problems(env, Mode.SERVE)).containsExactly(
                "FINGUARD_KYC_CALLBACK_KEY: same value as FINGUARD_OTP_KEY; every key must be distinct");
    }

    @Test
    void urlSafeBase64KeysAreAccepted() {
        byte[] key = new byte[48];
        new java.security.SecureRandom().nextBytes(key);
        String urlSafe = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key);

        FinGuardConfig config = valid(ServeEnvironment.with("FINGUARD_OTP_KEY", urlSafe), Mode.SERVE);

        assertThat(config.keys().otpKey().current().key().bytes()).isEqualTo(key);
    }

    @Test
    void problemLinesNeverRepeatASecretValue() {
        Map<String, String> env = new HashMap<>(ServeEnvironment.valid());
        String shortKey = "c2VjcmV0LXNob3J0";
        String shortToken = "hunter2-hunter2";
        env.put("FINGUARD_PASSWORD_PEPPER", shortKey);
        env.put("FINGUARD_ADMIN_TOKEN", shortToken);
        env.put("FINGUARD_DATABASE_PASSWORD", "db-EXAMPLE-password");

        assertThat(problems(env, Mode.SERVE)).hasSize(3)
                .noneSatisfy(line -> assertThat(line).contains(shortKey))
                .noneSatisfy(line -> assertThat(line).contains(shortToken))
                .noneSatisfy(line -> assertThat(line).contains("db-EXAMPLE-password"));
    }

    @Test
    void aPrintedConfigShowsNoSecret() {
        Map<String, String> env = ServeEnvironment.with("FINGUARD_REDIS_URL", "redis://:redis-pass-1@redis:6379");
        FinGuardConfig config = valid(env, Mode.SERVE);

        String printed = config.toString();

        assertThat(printed).contains("9090", "finguard-api", "2026-01", "***@redis:6379")
                .doesNotContain(env.get("FINGUARD_OTP_KEY"), env.get("FINGUARD_ADMIN_TOKEN"), "s3cret-db-password",
                        "redis-pass-1", "PRIVATE KEY");
    }

    @Test
    void sentinelAndClusterUrlsAreAcceptedAndPrintedWithoutTheirPassword() {
        for (String url : new String[] {"redis-sentinel://:redis-pass-2@s1:26379,s2:26379,s3:26379/finguard",
                "rediss-cluster://app:redis-pass-2@n1:6379,n2:6379,n3:6379"}) {
            FinGuardConfig config = valid(ServeEnvironment.with("FINGUARD_REDIS_URL", url), Mode.SERVE);
            assertThat(config.redis().redacted()).startsWith(url.substring(0, url.indexOf("//") + 2) + "***@")
                    .doesNotContain("redis-pass-2");
            assertThat(config.toString()).doesNotContain("redis-pass-2");
        }
    }

    @Test
    void serveNeedsAnHttpSmsGatewayWhileDevFallsBackToTheConsole() {
        assertThat(problems(ServeEnvironment.with("FINGUARD_SMS_WEBHOOK_URL", "ftp://sms.example.com"), Mode.SERVE))
                .singleElement().asString().startsWith("FINGUARD_SMS_WEBHOOK_URL: not an http");
        assertThat(problems(ServeEnvironment.without("FINGUARD_SMS_WEBHOOK_KEY"), Mode.SERVE))
                .singleElement().asString().startsWith("FINGUARD_SMS_WEBHOOK_KEY: missing");
        Map<String, String> dev = ServeEnvironment.without("FINGUARD_SMS_WEBHOOK_URL");
        dev.remove("FINGUARD_SMS_WEBHOOK_KEY");
        assertThat(ConfigReader.read(dev, Mode.DEV)).isInstanceOfSatisfying(Validated.Valid.class,
                valid -> assertThat(((FinGuardConfig) valid.value()).sms()).isEqualTo(SmsSettings.CONSOLE));
    }
}
