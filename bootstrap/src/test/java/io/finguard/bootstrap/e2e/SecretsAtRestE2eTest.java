package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * After a whole life (signup, KYC, step-up, transfer, a login on a new device, refresh) no code, password, PIN,
 * token or ticket the suite ever handled appears in any text column of the database, in Redis key names or
 * values, or in anything logged in this JVM; and raw phone numbers are neither in Redis keys nor in the logs.
 * Each search first finds something it must find, so an empty search cannot pass for a clean one.
 */
class SecretsAtRestE2eTest {
    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    @Test
    void noSecretIsStoredInTheDatabaseOrRedisOrWrittenToTheLogs() throws Exception {
        Member sender = liveAFullLife(SeededMembers.get().forDataChecks());
        awaitOutboxDelivered();
        List<SecretLedger.Secret> secrets = SecretLedger.all();
        assertThat(secrets).extracting(SecretLedger.Secret::value).contains(sender.password(), sender.pin(), sender.refreshToken());
        assertThat(SecretLedger.codeCount()).isGreaterThanOrEqualTo(2);

        List<String> leaks = new ArrayList<>();
        try (Connection connection = stack.database()) {
            List<StoredText.Column> columns = StoredText.columns(connection);
            assertThat(columns).extracting(StoredText.Column::table)
                    .contains("users", "pre_users", "otp_challenges", "outbox", "refresh_tokens", "audit_log", "transfers");
            List<StoredText.Value> values = StoredText.values(connection, columns);
            assertThat(values).as("the scan reads the users' rows").anyMatch(value -> value.place().equals("users.phone_key_id"));
            for (StoredText.Value value : values) {
                secrets.stream().filter(secret -> secret.foundIn(value.text()))
                        .forEach(secret -> leaks.add(secret + " in database " + value.place()));
                SecretLedger.phoneDigits().stream().filter(phone -> phone.foundIn(value.text()))
                        .forEach(phone -> leaks.add(phone + " in database " + value.place()));
            }
        }
        try (Jedis redis = new Jedis(URI.create(stack.redisUrl()))) {
            Set<String> keys = redis.keys("fg:*");
            assertThat(keys).as("rate-limit keys exist").isNotEmpty();
            for (String key : keys) {
                String seen = key + " " + valueOf(redis, key);
                SecretLedger.phoneDigits().stream().filter(phone -> phone.foundIn(key))
                        .forEach(phone -> leaks.add(phone + " in Redis key " + key));
                secrets.stream().filter(secret -> secret.foundIn(seen)).forEach(secret -> leaks.add(secret + " in Redis at " + key));
            }
        }
        List<String> lines = LogCapture.install().lines();
        assertThat(lines).as("the capture sees the access log").anyMatch(line -> line.contains("POST /v1/auth/otp 202"));
        for (String line : lines) {
            secrets.stream().filter(secret -> secret.foundIn(line))
                    .forEach(secret -> leaks.add(secret + " logged: " + secret.redact(line)));
            SecretLedger.phoneDigits().stream().filter(phone -> phone.foundIn(line))
                    .forEach(phone -> leaks.add(phone + " logged: " + phone.redact(line)));
        }
        assertThat(leaks).isEmpty();
        assertThat(stack.sms().badSignatures()).isZero();
    }

    /** KYC to FULL, a step-up, a transfer and its replay, then a login on a new device with step-up, then a refresh. */
    private Member liveAFullLife(Member seeded) {
        Member sender = onboarding.stepUp(onboarding.upgradeToFull(seeded));
        Member recipient = onboarding.signUp();
        onboarding.fund(sender, 5_000);
        Payments payments = new Payments(api);
        Onboarding.expect(payments.pay(sender, recipient.phone(), 1_234, "rest-1"), 201);
        Onboarding.expect(payments.ask(sender, recipient.phone(), 1_234, "rest-1"), 200);

        Onboarding.awaitResendAllowed(sender.lastCodeSentAt());
        ApiResponse login = Onboarding.expect(onboarding.verify(onboarding.requestCode(sender.phone()), Onboarding.newDevice()), 200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        ApiResponse steppedUp = Onboarding.expect(api.post("/v1/auth/step-up", json("method", "pin", "secret", sender.pin()),
                "Authorization", bearer(login.text("/ticket"))), 200);
        return sender.withTokensOf(Onboarding.expect(onboarding.refresh(steppedUp.text("/tokens/refreshToken")), 200).json());
    }

    /** A code waits in the outbox until it is delivered, then it is wiped; the search starts after that. */
    private void awaitOutboxDelivered() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try (Connection connection = stack.database(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet pending = statement.executeQuery("SELECT count(*) FROM outbox WHERE status = 'PENDING'")) {
                    pending.next();
                    if (pending.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the outbox still holds undelivered codes after 10 s");
                }
                Thread.sleep(100);
            }
        }
    }

    private static String valueOf(Jedis redis, String key) {
        return switch (redis.type(key)) {
            case "string" -> redis.get(key);
            case "hash" -> redis.hgetAll(key).toString();
            case "zset" -> redis.zrange(key, 0, -1).toString();
            case "list" -> redis.lrange(key, 0, -1).toString();
            case "set" -> redis.smembers(key).toString();
            default -> "";
        };
    }
}
