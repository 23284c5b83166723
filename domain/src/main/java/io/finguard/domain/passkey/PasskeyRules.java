package io.finguard.domain.passkey;

import java.time.Duration;
import java.util.Objects;

/** How long a server challenge lives, and how many passkeys a user may hold. */
public record PasskeyRules(Duration challengeTtl, int maxPerUser) {
    public PasskeyRules {
        Objects.requireNonNull(challengeTtl, "challengeTtl");
        if (challengeTtl.isNegative() || challengeTtl.isZero()) {
            throw new IllegalArgumentException("challengeTtl must be positive");
        }
        if (maxPerUser < 1) {
            throw new IllegalArgumentException("maxPerUser must be at least 1");
        }
    }

    /** Two minutes to answer a challenge (WebAuthn's recommended ceremony timeout is 5; phones answer in seconds). */
    public static PasskeyRules defaults() {
        return new PasskeyRules(Duration.ofMinutes(2), 10);
    }
}
