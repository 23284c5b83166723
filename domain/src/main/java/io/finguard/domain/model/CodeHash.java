package io.finguard.domain.model;

import java.util.Objects;

/** A keyed hash of a one-time code, with the id of the key that made it. The code itself is never stored. */
public record CodeHash(String keyId, String value) {
    public CodeHash {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(value, "value");
        if (keyId.isBlank() || value.isBlank()) {
            throw new IllegalArgumentException("key id and value must not be blank");
        }
    }

    @Override
    public String toString() {
        return "CodeHash[" + keyId + "]";
    }
}
