package io.finguard.domain.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A blind index of a phone number: a keyed MAC of it, the same for the same number under the same key. Stored
 * instead of the number wherever rows are found, kept unique or claimed by phone; without the key it tells nothing.
 */
public record PhoneIndex(byte[] bytes) {
    public static final int BYTES = 32;

    public PhoneIndex {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a phone index is " + BYTES + " bytes");
        }
        bytes = bytes.clone();
    }

    /** A copy, so no holder can alter the index. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneIndex that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "PhoneIndex[redacted]";
    }
}
