package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a Account aggregate. */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    public static AccountId of(UUID value) {
        return new AccountId(value);
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static AccountId parse(String text) {
        return new AccountId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
