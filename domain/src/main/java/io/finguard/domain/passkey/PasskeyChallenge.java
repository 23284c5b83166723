package io.finguard.domain.passkey;

import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** A server challenge held for one user and purpose until {@code expiresAt}; taken (and so spent) at first use. */
public record PasskeyChallenge(UserId user, PasskeyPurpose purpose, Challenge challenge, Instant expiresAt) {
    public PasskeyChallenge {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True before {@code expiresAt}. */
    public boolean liveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
