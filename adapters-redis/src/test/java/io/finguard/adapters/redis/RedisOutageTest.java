package io.finguard.adapters.redis;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.port.out.DependencyUnavailableException;
import io.finguard.domain.port.out.HashingSubject;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.StepUpAttempt;
import io.finguard.testsupport.StoppableRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import redis.clients.jedis.commands.ProtocolCommand;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Redis stopped or stalled under a running limiter: checks fail closed within the configured timeout and
 * work again, by themselves, once Redis is back. Always on a private embedded server, since it is stopped.
 */
class RedisOutageTest {
    private static final Duration MARGIN = Duration.ofMillis(700);
    private final RedisConnectionConfig settings = TestRedis.settings();
    private int port;
    private StoppableRedis server;
    private RedisConnection redis;
    private RedisRateLimiter limiter;

    @BeforeEach
    void startOwnRedis() {
        server = StoppableRedis.started();
        port = server.port();
        redis = RedisConnection.open("redis://127.0.0.1:" + port, settings);
        limiter = new RedisRateLimiter(redis, RateLimits.defaults(), TestRedis.freshKeys());
    }

    @AfterEach
    void stopOwnRedis() throws Exception {
        redis.close();
        server.close();
    }

    @Test
    void whenRedisStopsChecksAreUnavailableWithinTheTimeoutAndWhenItReturnsTheyWorkAgain() throws Exception {
        assertThat(limiter.allowOtpSend(phone(1), ip()).allowed()).isTrue();
        assertThat(limiter.reserveStepUp(user())).isInstanceOf(StepUpAttempt.Reserved.class);

        server.stop();
        assertUnavailableInTime(() -> limiter.allowOtpSend(phone(2), ip()), settings.worstCase());
        assertUnavailableInTime(() -> limiter.reserveStepUp(user()), settings.worstCase());
        assertUnavailableInTime(() -> limiter.allowHashing(new HashingSubject.OfUser(user()), ip()), settings.worstCase());
        assertUnavailableInTime(redis::ping, settings.worstCase());

        server.start();
        assertThat(limiter.allowOtpSend(phone(3), ip()).allowed()).isTrue();
        assertThat(limiter.allowOtpVerify(phone(3), ip()).allowed()).isTrue();
        assertThat(redis.ping()).isPositive();
    }

    @Test
    void whenRedisRestartsWhileThePoolIsIdleTheChecksAfterwardsWork() throws Exception {
        // Several pooled connections, all of which go stale with the restart.
        List<CompletableFuture<RateDecision>> warm = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> limiter.allowOtpSend(phone(10 + i), ip())))
                .toList();
        assertThat(warm).allSatisfy(f -> assertThat(f.get().allowed()).isTrue());

        server.stop();
        server.start();

        for (int i = 0; i < 6; i++) {
            assertThat(limiter.allowOtpVerify(phone(20 + i), ip()).allowed()).isTrue();
        }
    }

    @Test
    void aRedisSlowerThanTheSocketTimeoutIsReportedUnavailableInTimeAndRecovers() throws Exception {
        assertThat(limiter.allowOtpSend(phone(1), ip()).allowed()).isTrue();
        RedisConnectionConfig patient = new RedisConnectionConfig(1, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(5), Duration.ofSeconds(1));
        try (RedisConnection sleeper = RedisConnection.open("redis://127.0.0.1:" + port, patient)) {
            ProtocolCommand debug = () -> "DEBUG".getBytes(StandardCharsets.US_ASCII);
            CompletableFuture<Object> stall = CompletableFuture.supplyAsync(
                    () -> sleeper.call(r -> r.sendCommand(debug, "SLEEP", "1.5")));
            Thread.sleep(200);

            assertUnavailableInTime(() -> limiter.allowOtpSend(phone(2), ip()), settings.socketTimeout());

            stall.get();
        }
        // Redis ran the timed-out check once it woke up, so phone 2 is now in its cooldown: a check that
        // timed out may have counted, which errs toward refusing. A fresh phone shows recovery.
        assertThat(limiter.allowOtpSend(phone(3), ip()).allowed()).isTrue();
    }

    @Test
    void aRedisNobodyListensOnIsUnavailableAtOnceNotAfterAHang() {
        int closedPort = TestRedis.freePort();
        try (RedisConnection nowhere = RedisConnection.open("redis://127.0.0.1:" + closedPort, settings)) {
            RedisRateLimiter orphan = new RedisRateLimiter(nowhere, RateLimits.defaults(), TestRedis.freshKeys());
            assertUnavailableInTime(() -> orphan.reserveStepUp(user()), settings.worstCase());
        }
    }

    private void assertUnavailableInTime(Executable check, Duration timeout) {
        long start = System.nanoTime();
        assertThatThrownBy(check::execute)
                .isInstanceOfSatisfying(DependencyUnavailableException.class, e -> {
                    assertThat(e.dependency()).isEqualTo("redis");
                    assertThat(e.retryAfter()).isEqualTo(settings.retryAfter());
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(timeout.plus(MARGIN));
    }

    private static PhoneNumber phone(int n) {
        return PhoneNumber.of(String.format("+4915%08d", n));
    }

    private static ClientAddress ip() {
        return new ClientAddress("192.0.2.10");
    }

    private static UserId user() {
        return UserId.of(UUID.randomUUID());
    }
}
