package io.finguard.adapters.redis;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.port.out.DependencyUnavailableException;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.testsupport.RedisClusterProcesses;
import io.finguard.testsupport.RedisProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A master of a real Redis Cluster killed (SIGKILL) under a running limiter: with a replica, the client follows
 * the failover by itself (same connection object, no restart); without one, checks fail closed
 * ({@link DependencyUnavailableException}, the 503 of the routes) until the master returns, then work again.
 */
class RedisClusterFailoverTest {
    private final ClientAddress ip = new ClientAddress("198.51.100.7");

    @BeforeEach
    void needsRedisBinaries() {
        Assumptions.assumeTrue(RedisClusterProcesses.available(), "no redis-server/redis-cli on this machine");
    }

    @Test
    void whenAMasterWithAReplicaDiesTheClientFollowsTheFailoverWithoutReconnecting() {
        try (RedisClusterProcesses cluster = RedisClusterProcesses.start(3, 1);
             RedisConnection redis = RedisConnection.open(cluster.url(), TestRedis.settings())) {
            RedisKeys keys = TestRedis.freshKeys();
            RedisRateLimiter limiter = new RedisRateLimiter(redis, RateLimits.defaults(), keys);
            UserId user = UserId.of(UUID.randomUUID());
            assertThat(limiter.allowTransfer(user)).isEqualTo(RateDecision.ALLOWED);
            RedisProcess master = cluster.masterOf(keys.user(user, "transfer"));
            assertThat(cluster.replicaOf(master)).isPresent();

            master.kill();
            long killed = System.nanoTime();
            Duration recovered = awaitAllowed(() -> limiter.allowTransfer(user), Duration.ofSeconds(30), killed);

            assertThat(recovered).isLessThan(Duration.ofSeconds(30));
            assertThat(cluster.masters()).hasSize(3).doesNotContain(master);
            System.out.printf("cluster failover: checks answered again %d ms after SIGKILL of a master%n", recovered.toMillis());
        }
    }

    /**
     * A master that lost its scripts (restarted empty, or SCRIPT FLUSH) just as another master dies: the script goes
     * with the check to the key's node; loading it on every master first would fail on the dead one, and that
     * failure is neither an answer nor an outage of the key's node.
     */
    @Test
    void aMasterWithoutTheScriptRunsTheCheckWhileAnotherMasterIsDown() {
        try (RedisClusterProcesses cluster = RedisClusterProcesses.start(3, 1);
             RedisConnection redis = RedisConnection.open(cluster.url(), TestRedis.settings())) {
            RedisKeys keys = TestRedis.freshKeys();
            RedisRateLimiter limiter = new RedisRateLimiter(redis, RateLimits.defaults(), keys);
            UserId user = UserId.of(UUID.randomUUID());
            assertThat(limiter.allowTransfer(user)).isEqualTo(RateDecision.ALLOWED);
            RedisProcess master = cluster.masterOf(keys.user(user, "transfer"));
            RedisProcess otherMaster = cluster.masters().stream().filter(m -> m != master).findFirst().orElseThrow();
            master.cli("SCRIPT", "FLUSH");

            otherMaster.kill();
            RateDecision decision;
            try {
                decision = limiter.allowTransfer(user);
            } catch (DependencyUnavailableException clusterAlreadyDown) {
                decision = awaitAllowedAfter(limiter, user);
            }

            assertThat(decision).isEqualTo(RateDecision.ALLOWED);
        }
    }

    private static RateDecision awaitAllowedAfter(RedisRateLimiter limiter, UserId user) {
        awaitAllowed(() -> limiter.allowTransfer(user), Duration.ofSeconds(30), System.nanoTime());
        return RateDecision.ALLOWED;
    }

    @Test
    void whenAMasterWithoutAReplicaDiesChecksFailClosedUntilItReturns() {
        try (RedisClusterProcesses cluster = RedisClusterProcesses.start(3, 0);
             RedisConnection redis = RedisConnection.open(cluster.url(), TestRedis.settings())) {
            RedisKeys keys = TestRedis.freshKeys();
            RedisRateLimiter limiter = new RedisRateLimiter(redis, RateLimits.defaults(), keys);
            PhoneNumber phone = PhoneNumber.of("+447700900555");
            assertThat(limiter.allowOtpVerify(phone, ip)).isEqualTo(RateDecision.ALLOWED);
            RedisProcess master = cluster.masterOf(keys.phone(phone, "lock"));

            master.kill();
            long started = System.nanoTime();
            assertThatThrownBy(() -> limiter.allowOtpVerify(phone, ip)).isInstanceOf(DependencyUnavailableException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(TestRedis.settings().worstCase().plusSeconds(1));
            // Still closed a few node timeouts later: nothing takes over a slot without a replica.
            sleep(3000);
            assertThatThrownBy(() -> limiter.allowOtpVerify(phone, ip)).isInstanceOf(DependencyUnavailableException.class);

            master.start();
            long back = System.nanoTime();
            Duration recovered = awaitAllowed(() -> limiter.allowOtpVerify(phone, ip), Duration.ofSeconds(30), back);
            System.out.printf("cluster without replica: checks answered again %d ms after the master returned%n",
                    recovered.toMillis());
        }
    }

    private static Duration awaitAllowed(java.util.function.Supplier<RateDecision> check, Duration timeout, long since) {
        long deadline = since + timeout.toNanos();
        while (true) {
            try {
                if (check.get().allowed()) {
                    return Duration.ofNanos(System.nanoTime() - since);
                }
                throw new AssertionError("a check was refused by its limit, not by the outage");
            } catch (DependencyUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
            sleep(100);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
