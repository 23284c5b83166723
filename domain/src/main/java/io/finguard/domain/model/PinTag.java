package io.finguard.domain.model;

import java.util.Objects;

/**
 * A keyed tag of a PIN under a server secret, in a self-describing encoding (key id, tag): lets a signup test the
 * birth-date forms against the chosen PIN without slow hashes. Without the key it tells nothing about the PIN.
 */
public record PinTag(String encoded) {
    public PinTag {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.isBlank()) {
            throw new IllegalArgumentException("tag must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PinTag[redacted]";
    }
}
