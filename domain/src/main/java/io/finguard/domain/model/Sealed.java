package io.finguard.domain.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A value encrypted under a key of a ring (a one-time code waiting in the outbox, a stored phone number), with the id
 * of the key that sealed it so keys can rotate. Opaque bytes.
 */
public record Sealed(String keyId, byte[] bytes) {
    public Sealed {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(bytes, "bytes");
        if (keyId.isBlank() || bytes.length == 0) {
            throw new IllegalArgumentException("key id and bytes must not be empty");
        }
        bytes = bytes.clone();
    }

    /** A copy, so no holder can alter the sealed value. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sealed that && keyId.equals(that.keyId) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Sealed[" + keyId + "]";
    }
}
