package io.finguard.domain.port.out;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.KycStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One KYC submission: which account, the provider's reference, and the decision once it came. */
public record KycSubmission(String reference, AccountId account, Instant submittedAt, KycStatus status, Optional<Instant> decidedAt) {
    public KycSubmission {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
