package io.finguard.domain.otp;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.CodeHash;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/** What never changes about a challenge once issued: whom it is for, the code's hash, and its limits. */
public record ChallengeFacts(
        ChallengeId id,
        PhoneNumber phone,
        OtpPurpose purpose,
        CodeHash codeHash,
        Instant issuedAt,
        Instant expiresAt,
        int maxAttempts) {

    public ChallengeFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** True once the challenge's lifetime has ended at {@code now} (expiry instant included). */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
