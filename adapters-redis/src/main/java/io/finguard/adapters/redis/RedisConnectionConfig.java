package io.finguard.adapters.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * Pool size and timeouts for Redis, all explicit: Jedis's own defaults (8 connections, wait forever
 * for one) would let a slow or saturated Redis hang requests instead of failing them closed.
 * {@code retryAfter} is what callers are told to wait when Redis is unavailable.
 */
public record RedisConnectionConfig(
        int poolSize, Duration maxWait, Duration connectTimeout, Duration socketTimeout, Duration retryAfter) {

    public RedisConnectionConfig {
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (poolSize < 1 || poolSize > 1024) {
            throw new IllegalArgumentException("Redis pool size must be 1..1024");
        }
        for (Duration d : new Duration[] {maxWait, connectTimeout, socketTimeout, retryAfter}) {
            if (!d.isPositive() || d.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("Redis waits and timeouts must be above zero and at most a minute");
            }
        }
    }

    /** 32 connections, 200 ms to get one, 500 ms to connect or to answer, callers retry after 5 s. */
    public static RedisConnectionConfig defaults() {
        return new RedisConnectionConfig(32, Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofMillis(500),
                Duration.ofSeconds(5));
    }

    /** The longest one command can take before it is reported unavailable: wait for a connection, connect, answer. */
    public Duration worstCase() {
        return maxWait.plus(connectTimeout).plus(socketTimeout);
    }
}
