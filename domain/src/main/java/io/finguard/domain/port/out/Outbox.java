package io.finguard.domain.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Transactional outbox of sealed codes to send. The outbox never reads a code: the dispatcher's
 * {@link OutboxCourier} opens each one just before handing it to the {@link OtpSender}.
 */
public interface Outbox {

    /** Adds a message inside the caller's transaction. */
    void enqueue(OutboxMessage message);

    /**
     * Hands up to {@code batch} due messages to the courier, retrying failures with bounded backoff; safe with
     * several dispatchers. Returns how many were delivered.
     */
    int dispatch(OutboxCourier courier, int batch, Instant now);

    /** Messages not yet delivered (tests and health). */
    List<OutboxMessage> pending();
}
