package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a User aggregate. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId of(UUID value) {
        return new UserId(value);
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static UserId parse(String text) {
        return new UserId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
