package io.finguard.domain.port.out;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SealedCode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A code waiting for delivery, sealed by {@link CodeSealer} for this message; written with its challenge in one
 * transaction, useless after {@code expiresAt}.
 */
public record OutboxMessage(UUID id, ChallengeId challenge, PhoneNumber to, SealedCode sealedCode, Instant createdAt,
                            Instant expiresAt) {
    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sealedCode, "sealedCode");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
