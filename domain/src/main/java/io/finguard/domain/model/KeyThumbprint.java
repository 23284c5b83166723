package io.finguard.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The RFC 7638 SHA-256 thumbprint of a client's public key (base64url, no padding): what a DPoP-bound session is bound
 * to ({@code cnf.jkt}) and what a known device is.
 */
public record KeyThumbprint(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{43}");

    public KeyThumbprint {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a key thumbprint is 43 base64url characters (SHA-256)");
        }
    }

    /** The thumbprint if {@code text} is one, else empty: for values read from the outside. */
    public static java.util.Optional<KeyThumbprint> parse(String text) {
        return text != null && FORM.matcher(text).matches() ? java.util.Optional.of(new KeyThumbprint(text))
                : java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
