package io.finguard.domain.port.out;

import io.finguard.domain.model.UserId;
import java.time.Duration;
import java.util.Objects;

/**
 * One step-up attempt taken from the user's lockout before the slow hash ({@link RateLimiter#reserveStepUp}), or the
 * refusal when none is left. A reserved attempt is settled exactly once: as a failure, a success, or released unused.
 */
public sealed interface StepUpAttempt {

    /**
     * How soon to try again when every attempt the lockout leaves is still being evaluated: each settles within one
     * hash (the hashing pool's bounded wait included).
     */
    Duration IN_FLIGHT_RETRY = Duration.ofSeconds(1);

    /** Held for the user until settled; {@code token} tells this attempt apart from the user's others. */
    record Reserved(UserId user, String token) implements StepUpAttempt {
        public Reserved {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(token, "token");
            if (token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
        }
    }

    /** No attempt is left (locked, at the ceiling, or all in flight): the secret is not evaluated. */
    record Refused(RateDecision.Denied denial) implements StepUpAttempt {
        public Refused {
            Objects.requireNonNull(denial, "denial");
        }
    }
}
