package io.finguard.adapters.redis;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.Lockout;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.Window;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.StepUpAttempt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty threads released together against one limit on a real Redis: exactly its capacity passes (seven sends,
 * seven failures, the five step-up attempts of the lockout).
 */
class RedisRateLimiterRaceTest {
    private static final int THREADS = 50;
    private static final int CAPACITY = 7;
    private static RedisConnection redis;
    private final RedisKeys keys = TestRedis.freshKeys();

    @BeforeAll
    static void connect() {
        redis = RedisConnection.open(TestRedis.url(), TestRedis.settings());
    }

    @AfterAll
    static void disconnect() {
        redis.close();
    }

    @AfterEach
    void dropOwnKeys() {
        TestRedis.deleteNamespace(redis, keys.namespace());
    }

    @Test
    void fiftySendsRacingOneIpCapOfSevenLetExactlySevenThroughAndTheRefusedCostTheirPhonesNothing() throws Exception {
        RedisRateLimiter limiter = new RedisRateLimiter(redis, limits(), keys);
        ClientAddress ip = new ClientAddress("198.51.100.7");

        List<RateDecision> decisions = race(i -> () -> limiter.allowOtpSend(phone(i), ip));

        assertThat(decisions).filteredOn(RateDecision::allowed).hasSize(CAPACITY);
        assertThat(decisions).filteredOn(d -> !d.allowed())
                .hasSize(THREADS - CAPACITY)
                .allSatisfy(d -> assertThat(((RateDecision.Denied) d).limit()).isEqualTo(Limit.OTP_IP_SENDS));
        // Each refused send was taken back from its phone, so from another IP every phone may send once.
        List<RateDecision> retries = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            retries.add(limiter.allowOtpSend(phone(i), new ClientAddress("198.51.100." + (100 + i))));
        }
        assertThat(retries).filteredOn(RateDecision::allowed).hasSize(THREADS - CAPACITY);
    }

    @Test
    void fiftyWrongCodesRacingOnePhoneNeverGetPastTheFailureCap() throws Exception {
        RedisRateLimiter limiter = new RedisRateLimiter(redis, limits(), keys);
        PhoneNumber phone = phone(1);

        List<RateDecision> decisions = race(i -> () -> limiter.recordOtpFailure(phone));

        assertThat(decisions).filteredOn(RateDecision::allowed).hasSize(CAPACITY - 1);
        assertThat(decisions).filteredOn(d -> !d.allowed())
                .allSatisfy(d -> assertThat(((RateDecision.Denied) d).limit()).isEqualTo(Limit.OTP_PHONE_LOCKED));
    }

    @Test
    void fiftyStepUpAttemptsRacingOneUserTakeExactlyTheFiveTheLockoutAllows() throws Exception {
        RedisRateLimiter limiter = new RedisRateLimiter(redis, limits(), keys);
        UserId user = UserId.of(UUID.randomUUID());

        List<StepUpAttempt> attempts = race(i -> () -> limiter.reserveStepUp(user));

        assertThat(attempts).filteredOn(StepUpAttempt.Reserved.class::isInstance).hasSize(5)
                .extracting(a -> ((StepUpAttempt.Reserved) a).token()).doesNotHaveDuplicates();
        assertThat(attempts).filteredOn(StepUpAttempt.Refused.class::isInstance).hasSize(THREADS - 5)
                .allSatisfy(a -> assertThat(((StepUpAttempt.Refused) a).denial().limit()).isEqualTo(Limit.STEP_UP_LOCKED));
    }

    private static <T> List<T> race(IntFunction<java.util.concurrent.Callable<T>> task) throws Exception {
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                java.util.concurrent.Callable<T> call = task.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> decisions = new ArrayList<>();
            for (Future<T> f : futures) {
                decisions.add(f.get());
            }
            return decisions;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The per-IP sends cap and the phone failure cap are seven; everything else is out of the way. */
    private static RateLimits limits() {
        RateLimits d = RateLimits.defaults();
        return new RateLimits(d.resendCooldown(), d.phoneBurst(), d.phoneDaily(),
                Window.of(CAPACITY, Duration.ofMinutes(1)), d.ipVerifies(),
                Window.of(1000, Duration.ofMinutes(1)), Window.of(1000, Duration.ofMinutes(1)),
                new Lockout(CAPACITY, Duration.ofMinutes(1), Duration.ofMinutes(1), 1, Duration.ofMinutes(1), Duration.ofMinutes(1)),
                d.stepUpFailures(), d.prefixLength(),
                Window.of(1000, Duration.ofMinutes(1)), Window.of(1000, Duration.ofMinutes(1)),
                d.breakerOpen(), d.accountFailureCeiling(), d.ceilingLock(), d.userTransfers(), d.adminRequests(),
                d.hashingPerSubject(), d.hashingPerClient());
    }

    private static PhoneNumber phone(int n) {
        return PhoneNumber.of(String.format("+3161%07d", n));
    }
}
