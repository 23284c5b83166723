package io.finguard.adapters.redis;

import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.testsupport.RedisClusterProcesses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;


/**
 * The RateLimiter contract on a real Redis Cluster of three masters (redis-server processes): every script keeps to
 * one slot, or Redis would answer CROSSSLOT and the contract would fail. The cluster dies with the class, and every
 * key has a TTL, so nothing is cleaned up key by key.
 */
class RedisClusterRateLimiterTest extends RedisClockRateLimiterContract {
    private static RedisClusterProcesses cluster;
    private static RedisConnection redis;

    @BeforeAll
    static void startCluster() {
        Assumptions.assumeTrue(RedisClusterProcesses.available(), "no redis-server/redis-cli on this machine");
        cluster = RedisClusterProcesses.start(3, 0);
        redis = RedisConnection.open(cluster.url(), TestRedis.settings());
    }

    @AfterAll
    static void stopCluster() {
        if (redis != null) {
            redis.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    protected RateLimiter newLimiter(RateLimits limits) {
        return new RedisRateLimiter(redis, limits, TestRedis.freshKeys());
    }
}
