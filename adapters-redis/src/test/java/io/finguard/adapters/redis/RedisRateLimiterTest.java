package io.finguard.adapters.redis;

import io.finguard.domain.contract.RateLimiterContract;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.port.out.RateLimiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The Redis limiter keeps the RateLimiter contract on a real Redis. Time is Redis's own clock, so the
 * limits are a few 150 ms units long and the test sleeps; retryAfter may be short by up to two units.
 */
class RedisRateLimiterTest extends RateLimiterContract {
    private static RedisConnection redis;
    private final List<String> namespaces = new ArrayList<>();

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
        namespaces.forEach(ns -> TestRedis.deleteNamespace(redis, ns));
    }

    @Override
    protected RateLimiter newLimiter(RateLimits limits) {
        RedisKeys keys = TestRedis.freshKeys();
        namespaces.add(keys.namespace());
        return new RedisRateLimiter(redis, limits, keys);
    }

    @Override
    protected void advance(Duration amount) {
        try {
            // 2 ms more than asked: Redis counts whole milliseconds, so waits are never longer than ideal.
            Thread.sleep(amount.toMillis() + 2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Duration unit() {
        return Duration.ofMillis(150);
    }

    @Override
    protected Duration slack() {
        return Duration.ofMillis(300);
    }
}
