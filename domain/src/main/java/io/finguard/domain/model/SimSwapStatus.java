package io.finguard.domain.model;

import java.time.Instant;
import java.util.Objects;

/** What the mobile network says about a number's SIM: swapped at an instant, not swapped, or no answer. */
public sealed interface SimSwapStatus {

    /** The number moved to another SIM at {@code at} (inside the period asked about). */
    record Swapped(Instant at) implements SimSwapStatus {
        public Swapped {
            Objects.requireNonNull(at, "at");
        }
    }

    /** No SIM change inside the period asked about. */
    record NotSwapped() implements SimSwapStatus {
    }

    /** The network could not tell (outage, timeout, refusal, number not served): callers fail safe. */
    record Unknown() implements SimSwapStatus {
    }
}
