package io.finguard.adapters.redis;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.Lockout;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.port.out.HashingSubject;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.StepUpAttempt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the limiter leaves in Redis: keys that all expire and name no phone or address; scripts that come back. */
class RedisStorageTest {
    private static RedisConnection redis;
    private final RedisKeys keys = TestRedis.freshKeys();
    private final PhoneNumber phone = PhoneNumber.of("+447700900123");
    private final ClientAddress ip = new ClientAddress("203.0.113.77");

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
    void everyKeyWrittenHasATtlAndNoneNamesThePhoneOrTheAddress() {
        RedisRateLimiter limiter = new RedisRateLimiter(redis, smallLockouts(2), keys);
        limiter.allowOtpSend(phone, ip);
        limiter.allowOtpSend(phone, ip);
        limiter.allowOtpVerify(phone, ip);
        limiter.recordOtpFailure(phone);
        limiter.recordOtpFailure(phone);
        UserId locked = UserId.of(UUID.randomUUID());
        fail(limiter, locked);
        fail(limiter, locked);
        UserId atCeiling = UserId.of(UUID.randomUUID());
        RedisRateLimiter lowCeiling = new RedisRateLimiter(redis, smallLockouts(10), keys);
        fail(lowCeiling, atCeiling);
        assertThat(fail(lowCeiling, atCeiling)).isEqualTo(RateDecision.ALLOWED);
        assertThat(((RateDecision.Denied) fail(lowCeiling, atCeiling)).limit()).isEqualTo(Limit.ACCOUNT_CEILING);
        fail(limiter, UserId.of(UUID.randomUUID()));
        limiter.reserveStepUp(UserId.of(UUID.randomUUID()));
        limiter.allowHashing(new HashingSubject.OfUser(locked), ip);
        limiter.allowHashing(new HashingSubject.OfSignup(PreUserId.of(UUID.randomUUID())), ip);

        List<String> written = TestRedis.keysOf(redis, keys.namespace());

        assertThat(written).extracting(k -> k.substring(k.lastIndexOf(':') + 1))
                .contains("cooldown", "burst", "daily", "send", "verify", "lock", "locks", "fail", "streak", "ceiling", "held",
                        "hash");
        long longest = Duration.ofDays(2).toMillis();
        assertThat(written).allSatisfy(key -> {
            long msToLive = redis.call(r -> r.pttl(key));
            assertThat(msToLive).as("ms to live of %s", key).isBetween(1L, longest);
            assertThat(key).doesNotContain(phone.digits(), phone.digits().substring(5), ip.value());
        });
    }

    @Test
    void afterTheScriptCacheIsFlushedTheNextCheckLoadsItsScriptAgain() {
        RedisRateLimiter limiter = new RedisRateLimiter(redis, RateLimits.defaults(), keys);
        assertThat(limiter.allowOtpSend(phone, ip)).isEqualTo(RateDecision.ALLOWED);
        String sha = LuaScript.named("phone_send").sha();
        assertThat(cached(sha)).containsExactly(true);

        redis.call(r -> r.scriptFlush());
        assertThat(cached(sha)).containsExactly(false);

        assertThat(((RateDecision.Denied) limiter.allowOtpSend(phone, ip)).limit()).isEqualTo(Limit.OTP_RESEND_COOLDOWN);
        assertThat(cached(sha)).containsExactly(true);
    }

    private static RateDecision fail(RedisRateLimiter limiter, UserId user) {
        return limiter.recordStepUpFailure((StepUpAttempt.Reserved) limiter.reserveStepUp(user));
    }

    private static List<Boolean> cached(String sha) {
        return redis.call(r -> r.scriptExists(List.of(sha)));
    }

    /** Defaults, but phone and step-up lock at the given number of failures and the ceiling is three. */
    private static RateLimits smallLockouts(int failures) {
        RateLimits d = RateLimits.defaults();
        Lockout phone = d.phoneVerifyFailures();
        Lockout stepUp = d.stepUpFailures();
        return new RateLimits(d.resendCooldown(), d.phoneBurst(), d.phoneDaily(), d.ipSends(), d.ipVerifies(),
                d.coarseSends(), d.coarseVerifies(),
                new Lockout(failures, phone.window(), phone.lock(), phone.growth(), phone.maxLock(), phone.memory()),
                new Lockout(failures, stepUp.window(), stepUp.lock(), stepUp.growth(), stepUp.maxLock(), stepUp.memory()),
                d.prefixLength(), d.prefixSends(), d.globalSends(), d.breakerOpen(), 3, d.ceilingLock(), d.userTransfers(), d.adminRequests(),
                d.hashingPerSubject(), d.hashingPerClient());
    }
}
