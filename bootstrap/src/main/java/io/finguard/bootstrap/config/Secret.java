package io.finguard.bootstrap.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** Key material or a credential from configuration; {@code toString} never shows it, so a logged config leaks nothing. */
public final class Secret {
    private final byte[] bytes;

    private Secret(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static Secret ofBytes(byte[] bytes) {
        return new Secret(Objects.requireNonNull(bytes, "bytes"));
    }

    public static Secret ofText(String text) {
        return new Secret(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    /** A copy, so a caller cannot change the configured value. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The value as UTF-8 text (admin token, database password). */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && MessageDigest.isEqual(bytes, secret.bytes);
    }

    @Override
    public int hashCode() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
