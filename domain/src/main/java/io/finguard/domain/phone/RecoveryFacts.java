package io.finguard.domain.phone;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A lost-phone recovery: the account of {@code user}, known by {@code oldPhone}, is to move to {@code newPhone}, which
 * the requester proved by OTP. Unless it ended before, it expires at {@code expiresAt}.
 */
public record RecoveryFacts(RecoveryId id, UserId user, PhoneNumber oldPhone, PhoneNumber newPhone, Instant requestedAt,
                            Instant expiresAt) {
    public RecoveryFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(oldPhone, "oldPhone");
        Objects.requireNonNull(newPhone, "newPhone");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(requestedAt)) {
            throw new IllegalArgumentException("a recovery must expire after it was requested");
        }
    }

    /** True once the recovery's lifetime is over. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
