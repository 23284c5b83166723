package io.finguard.domain.model;

import java.util.Objects;

/** A password or PIN hash in a self-describing encoding (algorithm, parameters, salt, pepper id). */
public record HashedSecret(String encoded) {
    public HashedSecret {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isBlank()) {
            throw new IllegalArgumentException("hash must not be blank");
        }
    }

    @Override
    public String toString() {
        return "HashedSecret[redacted]";
    }
}
