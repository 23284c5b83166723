package io.finguard.adapters.redis;

import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.port.out.DependencyUnavailableException;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.testsupport.RedisClusterProcesses;
import io.finguard.testsupport.RedisSentinelProcesses;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter on a Sentinel-watched master (1 master, 1 replica, 3 sentinels, real redis-server processes): it
 * finds the master through the sentinels, and after SENTINEL FAILOVER the same connection object writes to the
 * promoted replica, with at most a short window of fail-closed answers.
 */
class RedisSentinelTest {

    @Test
    void theLimiterFindsTheMasterThroughSentinelsAndFollowsAFailover() {
        Assumptions.assumeTrue(RedisClusterProcesses.available(), "no redis-server/redis-cli on this machine");
        try (RedisSentinelProcesses sentinels = RedisSentinelProcesses.start();
             RedisConnection redis = RedisConnection.open(sentinels.url(), TestRedis.settings())) {
            assertThat(redis.topology()).isInstanceOf(RedisTopology.Sentinel.class);
            RedisRateLimiter limiter = new RedisRateLimiter(redis, RateLimits.defaults(), TestRedis.freshKeys());
            UserId user = UserId.of(UUID.randomUUID());
            assertThat(limiter.allowTransfer(user)).isEqualTo(RateDecision.ALLOWED);
            String before = sentinels.currentMaster();

            String after = sentinels.failover(Duration.ofSeconds(30));
            long promoted = System.nanoTime();

            assertThat(after).isNotEqualTo(before);
            long deadline = promoted + Duration.ofSeconds(20).toNanos();
            while (true) {
                try {
                    assertThat(limiter.allowTransfer(UserId.of(UUID.randomUUID()))).isEqualTo(RateDecision.ALLOWED);
                    break;
                } catch (DependencyUnavailableException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                }
            }
            // Written on the new master: the write would fail with READONLY on the old one, now a replica.
            String written = redis.call(r -> r.set(TestRedis.freshKeys().namespace() + ":probe", "1"));
            assertThat(written).isEqualTo("OK");
            System.out.printf("sentinel failover: %s -> %s, writes again after %d ms%n", before, after,
                    Duration.ofNanos(System.nanoTime() - promoted).toMillis());
        }
    }
}
