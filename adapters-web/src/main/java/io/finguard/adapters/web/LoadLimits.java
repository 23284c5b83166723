package io.finguard.adapters.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests of each {@link RouteClass} one instance serves at once, how long an excess request may wait for a
 * place before it is answered 503, and the Retry-After it is told.
 */
public record LoadLimits(int hashing, int database, int cheap, Duration queueTimeout, Duration retryAfter) {
    public LoadLimits {
        Objects.requireNonNull(queueTimeout, "queueTimeout");
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (hashing < 1 || database < 1 || cheap < 1) {
            throw new IllegalArgumentException("every class needs at least one place");
        }
        if (queueTimeout.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("queueTimeout and retryAfter must not be negative");
        }
    }

    /** No bound that a test or an embedding host would notice: for callers that shed load elsewhere. */
    public static LoadLimits unbounded() {
        return new LoadLimits(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ZERO, Duration.ofSeconds(1));
    }

    /** The bound of one class. */
    public int of(RouteClass routeClass) {
        return switch (routeClass) {
            case HASHING -> hashing;
            case DATABASE -> database;
            case CHEAP -> cheap;
        };
    }
}
