package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of a payment authorisation (PSD2 dynamic linking). */
public record AuthorizationId(UUID value) {
    public AuthorizationId {
        Objects.requireNonNull(value, "value");
    }

    public static AuthorizationId of(UUID value) {
        return new AuthorizationId(value);
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static AuthorizationId parse(String text) {
        return new AuthorizationId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
