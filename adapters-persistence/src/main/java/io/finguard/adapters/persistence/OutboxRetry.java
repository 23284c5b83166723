package io.finguard.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox retries a failed send: waits double from {@code firstDelay} up to {@code maxDelay}, and a
 * message whose {@code maxAttempts}-th send failed is dead (its code wiped, never tried again).
 */
public record OutboxRetry(int maxAttempts, Duration firstDelay, Duration maxDelay) {
    public OutboxRetry {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1 || firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("need maxAttempts >= 1 and 0 < firstDelay <= maxDelay");
        }
    }

    /** 1 s, 2 s, 4 s ... at most 60 s apart; dead after 8 failed sends (the in-memory outbox does the same). */
    public static OutboxRetry defaults() {
        return new OutboxRetry(8, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    /** The wait after the given number of failed sends. */
    public Duration delayAfter(int failedSends) {
        int doublings = Math.min(Math.max(failedSends, 1) - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
