package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static io.finguard.bootstrap.e2e.ProblemAssert.retryAfterSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults on a service of its own (its own embedded PostgreSQL and Redis, even when FINGUARD_TEST_* name shared
 * servers, since those must not be stopped): with Redis or PostgreSQL down the API fails closed with 503 and
 * Retry-After, readiness says which one is down, nothing is half-written, and it recovers when they return.
 */
class OutageE2eTest {
    private static RestartablePostgres postgres;
    private static RestartableRedis redis;
    private static E2eStack stack;
    /** Readiness lives on the management port. */
    private static ApiClient health;

    @BeforeAll
    static void aServiceOfItsOwn() {
        LogCapture.install();
        postgres = RestartablePostgres.started();
        redis = RestartableRedis.started();
        stack = E2eStack.start(postgres.jdbcUrl(), "postgres", "unused-local-trust", redis.url(), List.of());
        health = stack.management();
    }

    @AfterAll
    static void stopIt() {
        stack.close();
        redis.close();
        postgres.close();
    }

    @Test
    void withRedisDownCodeRequestsFailClosedAndWorkAgainWhenRedisReturns() {
        ApiClient api = stack.client();
        String phone = Phones.fresh();
        assertThat(health.get("/health/ready").status()).isEqualTo(200);

        redis.stop();
        try {
            ApiResponse refused = api.post("/v1/auth/otp", json("phone", phone));
            assertProblem(refused, 503, "service_unavailable");
            retryAfterSeconds(refused);
            ApiResponse ready = health.get("/health/ready");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.text("/checks/redis")).isEqualTo("DOWN");
            assertThat(ready.text("/checks/postgresql")).isEqualTo("UP");
            assertThat(health.get("/health/live").status()).isEqualTo(200);
        } finally {
            redis.start();
        }

        awaitReady();
        assertThat(api.post("/v1/auth/otp", json("phone", phone)).status()).isEqualTo(202);
    }

    @Test
    void withPostgresDownASubmitIs503AndLeavesNoHalfWrittenUserBehind() throws SQLException {
        Onboarding onboarding = stack.onboarding();
        ApiClient api = onboarding.api();
        String phone = Phones.fresh();
        String device = Onboarding.newDevice();
        String ticket = onboarding.signupTicket(onboarding.requestCode(phone), device);
        Onboarding.expect(onboarding.setCredentials(ticket, Onboarding.newPassword(), Onboarding.newPin(phone)), 200);
        Onboarding.expect(onboarding.completeProfile(ticket), 200);

        postgres.stop();
        try {
            long started = System.nanoTime();
            ApiResponse refused = onboarding.submit(ticket, device);
            assertProblem(refused, 503, "service_unavailable");
            retryAfterSeconds(refused);
            assertProblem(api.post("/v1/auth/otp", json("phone", Phones.fresh())), 503, "service_unavailable");
            // Each waits at most the pool's 2 s connection timeout (it once waited three of them).
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2 * 2_000 + 1_500));
            ApiResponse ready = health.get("/health/ready");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.text("/checks/postgresql")).isEqualTo("DOWN");
            assertThat(ready.text("/checks/redis")).isEqualTo("UP");
        } finally {
            postgres.start();
        }

        assertThat(rows("SELECT id FROM users WHERE phone_index = decode(?, 'hex')", ServeSettings.phoneIndexHex(phone))).isEmpty();
        assertThat(rows("SELECT status FROM pre_users WHERE phone_index = decode(?, 'hex')", ServeSettings.phoneIndexHex(phone))).containsExactly("PROFILE_COMPLETED");
        awaitReady();
        ApiResponse approved = onboarding.submit(ticket, device);
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.text("/accountTier")).isEqualTo("LIMITED");
        List<String> users = rows("SELECT id::text FROM users WHERE phone_index = decode(?, 'hex')", ServeSettings.phoneIndexHex(phone));
        assertThat(users).hasSize(1);
        assertThat(rows("SELECT status FROM accounts WHERE owner_id::text = ?", users.get(0))).containsExactly("ACTIVE");
        assertThat(rows("SELECT status FROM pre_users WHERE phone_index = decode(?, 'hex')", ServeSettings.phoneIndexHex(phone))).containsExactly("CONVERTED");
    }

    /**
     * Readiness turns 200 again within a bounded time. Not at once: HikariCP retries new connections with a
     * backoff of up to 5 s, so the first seconds after PostgreSQL returns may still answer 503.
     */
    private static void awaitReady() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (health.get("/health/ready").status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service did not become ready within 20 s of its dependency's return");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for readiness", e);
            }
        }
    }

    private static List<String> rows(String sql, String parameter) throws SQLException {
        try (Connection connection = stack.database(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
