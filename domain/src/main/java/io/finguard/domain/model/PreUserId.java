package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a PreUser aggregate. */
public record PreUserId(UUID value) {
    public PreUserId {
        Objects.requireNonNull(value, "value");
    }

    public static PreUserId of(UUID value) {
        return new PreUserId(value);
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static PreUserId parse(String text) {
        return new PreUserId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
