package io.finguard.domain.phone;

import java.time.Instant;
import java.util.Objects;

/** Events of a lost-phone recovery: the identity check starts, is decided, the account moves, time passes. */
public sealed interface RecoveryEvent {
    Instant at();

    /** The identity check was handed to the KYC provider, which answers for {@code reference}. */
    record StartIdentityCheck(String reference, Instant at) implements RecoveryEvent {
        public StartIdentityCheck {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The identity check's verdict, from the provider or an operator. */
    record Decide(boolean approve, Instant at) implements RecoveryEvent {
        public Decide {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The requester, still holding the new number, completes an approved recovery: the account moves. */
    record Complete(Instant at) implements RecoveryEvent {
        public Complete {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Time passed; an open recovery past its lifetime expires. */
    record Tick(Instant at) implements RecoveryEvent {
        public Tick {
            Objects.requireNonNull(at, "at");
        }
    }
}
