package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a lost-phone recovery. */
public record RecoveryId(UUID value) {
    public RecoveryId {
        Objects.requireNonNull(value, "value");
    }

    public static RecoveryId of(UUID value) {
        return new RecoveryId(value);
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static RecoveryId parse(String text) {
        return new RecoveryId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
