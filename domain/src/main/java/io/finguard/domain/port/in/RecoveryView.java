package io.finguard.domain.port.in;

import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.phone.RecoveryStatus;
import java.time.Instant;
import java.util.Objects;

/** What the requester (and an operator) sees of a recovery: its id, state and when it lapses if still open. */
public record RecoveryView(RecoveryId id, RecoveryStatus status, Instant expiresAt) {
    public RecoveryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
