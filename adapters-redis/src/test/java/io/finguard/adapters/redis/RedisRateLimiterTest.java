package io.finguard.adapters.redis;

import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.port.out.RateLimiter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import java.util.ArrayList;
import java.util.List;

/** The Redis limiter keeps the RateLimiter contract on one real Redis node, each test in key namespaces of its own. */
class RedisRateLimiterTest extends RedisClockRateLimiterContract {
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
}
