package io.finguard.domain.passkey;

import java.util.Objects;

/** Whether an assertion's signature counter may follow the stored one (see {@link Passkey#use}). */
public sealed interface SignCountCheck {

    /** Accepted: {@code next} carries the new count and the time of use. */
    record Advanced(Passkey next) implements SignCountCheck {
        public Advanced {
            Objects.requireNonNull(next, "next");
        }
    }

    /** Refused: the counter did not grow, a sign that the credential was cloned (or the assertion replayed). */
    record Regressed(long stored, long presented) implements SignCountCheck {
    }
}
