package io.finguard.domain.model;

import java.util.Objects;

/** The SHA-256 digest (hex) of an opaque refresh token; only digests are stored. */
public record TokenDigest(String hex) {
    public TokenDigest {
        Objects.requireNonNull(hex, "hex");
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a token digest is 64 lower-case hex characters");
        }
    }

    @Override
    public String toString() {
        return "TokenDigest[" + hex.substring(0, 8) + "...]";
    }
}
