package io.finguard.domain.token;

import java.time.Instant;
import java.util.Objects;

/** A signed token as handed to a client, with its expiry. */
public record IssuedToken(String value, Instant expiresAt) {
    public IssuedToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedToken[redacted, expiresAt=" + expiresAt + "]";
    }
}
