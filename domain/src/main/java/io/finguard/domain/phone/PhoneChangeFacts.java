package io.finguard.domain.phone;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's request to move to {@code newPhone}, proven by the PHONE_CHANGE code of {@code challenge} (one request per
 * challenge, so the challenge id names the request); it lives exactly as long as its code.
 */
public record PhoneChangeFacts(ChallengeId challenge, UserId user, PhoneNumber newPhone, Instant requestedAt, Instant expiresAt) {
    public PhoneChangeFacts {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(newPhone, "newPhone");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(requestedAt)) {
            throw new IllegalArgumentException("a phone change must expire after it was requested");
        }
    }

    /** True once the request's lifetime is over. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
