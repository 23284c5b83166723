package io.finguard.domain.token;

import io.finguard.domain.model.TokenDigest;
import java.util.Objects;

/** An opaque refresh token as given to the client, with the digest that is stored in its place. */
public record RefreshToken(String value, TokenDigest digest) {
    public RefreshToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(digest, "digest");
    }

    @Override
    public String toString() {
        return "RefreshToken[redacted]";
    }
}
