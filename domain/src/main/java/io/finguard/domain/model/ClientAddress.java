package io.finguard.domain.model;

import java.util.Objects;

/** The network address a request came from, as resolved at the edge (socket, or trusted proxy chain). */
public record ClientAddress(String value) {
    public ClientAddress {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("client address must be 1-64 characters");
        }
    }
}
