package io.finguard.domain.port.out;

import io.finguard.domain.policy.Limit;
import java.time.Duration;
import java.util.Objects;

/** A rate limiter's answer: go ahead, or which limit refused and when to try again. */
public sealed interface RateDecision {

    RateDecision ALLOWED = new Allowed();

    /** Within every limit; the event was counted. */
    record Allowed() implements RateDecision {
    }

    /** Refused by {@code limit}; try again after {@code retryAfter}. */
    record Denied(Limit limit, Duration retryAfter) implements RateDecision {
        public Denied {
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retryAfter must not be negative");
            }
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
