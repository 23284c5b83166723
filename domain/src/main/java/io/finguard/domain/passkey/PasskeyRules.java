package io.finguard.domain.passkey;

import java.time.Duration;
import java.util.Objects;

/** How long a server challenge lives, how many passkeys a user may hold, and the longest name a passkey may have. */
public record PasskeyRules(Duration challengeTtl, int maxPerUser, int maxNameLength) {
    public PasskeyRules {
        Objects.requireNonNull(challengeTtl, "challengeTtl");
        if (challengeTtl.isNegative() || challengeTtl.isZero()) {
            throw new IllegalArgumentException("challengeTtl must be positive");
        }
        if (maxPerUser < 1 || maxNameLength < 1) {
            throw new IllegalArgumentException("maxPerUser and maxNameLength must be at least 1");
        }
    }

    /** Two minutes to answer a challenge (WebAuthn's recommended ceremony timeout is 5; phones answer in seconds). */
    public static PasskeyRules defaults() {
        return new PasskeyRules(Duration.ofMinutes(2), 10, 64);
    }
}
