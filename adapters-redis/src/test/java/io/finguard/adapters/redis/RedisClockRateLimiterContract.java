package io.finguard.adapters.redis;

import io.finguard.domain.contract.RateLimiterContract;
import java.time.Duration;

/**
 * The RateLimiter contract on any real Redis (one node, a Cluster): time is Redis's own clock, so the limits are a few
 * 150 ms units long, the test sleeps to move time, and retryAfter may be short by up to two units.
 */
abstract class RedisClockRateLimiterContract extends RateLimiterContract {

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
