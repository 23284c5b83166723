package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a Transfer aggregate. */
public record TransferId(UUID value) {
    public TransferId {
        Objects.requireNonNull(value, "value");
    }

    public static TransferId of(UUID value) {
        return new TransferId(value);
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static TransferId parse(String text) {
        return new TransferId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
