package io.finguard.domain.model;

import java.time.Instant;
import java.util.Objects;

/** A key that has completed a step-up for a user: first step-up, and the last time a session used it. */
public record KnownDevice(KeyThumbprint key, Instant firstSeen, Instant lastSeen) {
    public KnownDevice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        if (lastSeen.isBefore(firstSeen)) {
            throw new IllegalArgumentException("lastSeen must not be before firstSeen");
        }
    }
}
