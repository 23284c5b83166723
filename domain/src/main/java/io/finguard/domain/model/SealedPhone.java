package io.finguard.domain.model;

import java.util.Arrays;
import java.util.Objects;

/** A phone number encrypted for storage, with the id of the key that sealed it. Opaque bytes. */
public record SealedPhone(String keyId, byte[] bytes) {
    public SealedPhone {
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
        return other instanceof SealedPhone that && keyId.equals(that.keyId) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * keyId.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SealedPhone[" + keyId + "]";
    }
}
