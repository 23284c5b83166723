package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;

/** Identifier of one registered passkey (FinGuard's own id, not the authenticator's credential id). */
public record PasskeyId(UUID value) {
    public PasskeyId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the canonical UUID text; throws IllegalArgumentException for anything else. */
    public static PasskeyId parse(String text) {
        return new PasskeyId(CanonicalUuid.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
