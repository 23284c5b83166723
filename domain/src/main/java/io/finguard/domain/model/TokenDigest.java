package io.finguard.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 digest (hex) of an opaque refresh token; only digests are stored. */
public record TokenDigest(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public TokenDigest {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a token digest is 64 lower-case hex characters");
        }
    }

    @Override
    public String toString() {
        return "TokenDigest[" + hex.substring(0, 8) + "...]";
    }
}
