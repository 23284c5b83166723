package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a Challenge aggregate. */
public record ChallengeId(UUID value) {
    public ChallengeId {
        Objects.requireNonNull(value, "value");
    }

    public static ChallengeId of(UUID value) {
        return new ChallengeId(value);
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static ChallengeId parse(String text) {
        return new ChallengeId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
