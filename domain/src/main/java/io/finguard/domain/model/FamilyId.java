package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a Family aggregate. */
public record FamilyId(UUID value) {
    public FamilyId {
        Objects.requireNonNull(value, "value");
    }

    public static FamilyId of(UUID value) {
        return new FamilyId(value);
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static FamilyId parse(String text) {
        return new FamilyId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
