package io.finguard.domain.port.out;

import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.event.QueuedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox of domain events: an event is written in the transaction of its change, once for every
 * subscriber, and delivered at least once, in order per user and subscriber; a delivery failing too often is dead
 * until an operator redelivers it.
 */
public interface EventOutbox {

    /** Queues the event for every subscriber inside the caller's transaction. */
    void publish(EventEnvelope event);

    /**
     * Hands up to {@code batch} due deliveries to the courier, never one of a user's before an earlier one of the same
     * user to the same subscriber is delivered or dead; safe with several dispatchers. Returns how many were delivered.
     */
    int dispatch(EventCourier courier, int batch, Instant now);

    /** Dead deliveries, oldest event first, at most {@code limit}. */
    List<QueuedEvent> dead(int limit);

    /** Makes the event's dead deliveries due again with fresh attempts; returns how many there were. */
    int redeliver(UUID eventId, Instant now);

    /** Deliveries not yet delivered nor dead (tests and health). */
    List<QueuedEvent> pending();
}
