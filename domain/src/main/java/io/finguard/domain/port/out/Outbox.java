package io.finguard.domain.port.out;

import java.time.Instant;
import java.util.List;

/** Transactional outbox of codes to send; a dispatcher delivers them through {@link OtpSender}. */
public interface Outbox {

    /** Adds a message inside the caller's transaction. */
    void enqueue(OutboxMessage message);

    /**
     * Delivers up to {@code batch} due messages through the sender, retrying failures with bounded
     * backoff; safe with several dispatchers. Returns how many were delivered.
     */
    int dispatch(OtpSender sender, int batch, Instant now);

    /** Messages not yet delivered (tests and health). */
    List<OutboxMessage> pending();
}
