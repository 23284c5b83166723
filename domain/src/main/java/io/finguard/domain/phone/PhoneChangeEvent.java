package io.finguard.domain.phone;

import java.time.Instant;
import java.util.Objects;

/** Events of a change of number: the right code arrived, a newer request replaced it, or time passed. */
public sealed interface PhoneChangeEvent {
    Instant at();

    /** The PHONE_CHANGE code was right: the account moves to the new number. */
    record Confirm(Instant at) implements PhoneChangeEvent {
        public Confirm {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The same user asked for another change: this one ends (one pending change per user). */
    record Supersede(Instant at) implements PhoneChangeEvent {
        public Supersede {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Time passed; a pending change past its lifetime expires. */
    record Tick(Instant at) implements PhoneChangeEvent {
        public Tick {
            Objects.requireNonNull(at, "at");
        }
    }
}
