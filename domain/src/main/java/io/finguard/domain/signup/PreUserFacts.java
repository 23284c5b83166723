package io.finguard.domain.signup;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import java.time.Instant;
import java.util.Objects;

/** What a signup record keeps from S1 on: the proven phone, when it started, when it lapses if abandoned. */
public record PreUserFacts(PreUserId id, PhoneNumber phone, Instant createdAt, Instant expiresAt, int otpFailures) {
    public PreUserFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("expiresAt must be after createdAt");
        }
        if (otpFailures < 0) {
            throw new IllegalArgumentException("otpFailures must not be negative");
        }
    }

    public boolean isAbandonedAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
