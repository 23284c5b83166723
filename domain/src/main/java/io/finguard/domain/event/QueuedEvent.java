package io.finguard.domain.event;

import java.util.Objects;
import java.util.Optional;

/** One event on its way to one subscriber (named as configured), with the sends tried and the last failure's name. */
public record QueuedEvent(String subscriber, EventEnvelope event, int attempts, Optional<String> lastFailure) {
    public QueuedEvent {
        Objects.requireNonNull(subscriber, "subscriber");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(lastFailure, "lastFailure");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }
}
