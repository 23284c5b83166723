package io.finguard.domain.port.in;

import java.util.UUID;

/** Operator: sends a dead event again, to every subscriber it died for, with fresh attempts and in its user's order. */
public interface RedeliverEvent {

    Result redeliver(UUID eventId);

    /** What became of the request. */
    sealed interface Result {
        /** The event is due again for this many subscribers. */
        record Redelivered(int deliveries) implements Result {
        }

        /** No dead delivery of that event (unknown, delivered, or still being tried). */
        record NotDead() implements Result {
        }
    }
}
