package io.finguard.domain.port.out;

/** Takes one due outbox message to its phone; throws when it could not, and the outbox tries again later. */
@FunctionalInterface
public interface OutboxCourier {
    void deliver(OutboxMessage message);
}
