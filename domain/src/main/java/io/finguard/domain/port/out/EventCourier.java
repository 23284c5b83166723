package io.finguard.domain.port.out;

import io.finguard.domain.event.QueuedEvent;

/** Takes one event to one subscriber; throws when it could not, and the outbox tries again later. */
@FunctionalInterface
public interface EventCourier {
    void deliver(QueuedEvent delivery);
}
