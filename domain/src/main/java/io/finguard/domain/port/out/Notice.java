package io.finguard.domain.port.out;

import io.finguard.domain.model.PhoneNumber;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A message (no code) waiting for delivery to {@code to}; written in the transaction it reports, useless after {@code expiresAt}. */
public record Notice(UUID id, PhoneNumber to, NoticeKind kind, Instant createdAt, Instant expiresAt) {
    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
