package io.finguard.domain.port.out;

import java.time.Instant;
import java.util.List;

/**
 * The transactional outbox of notices (messages without a code, such as "your number was changed"): written in the
 * transaction of the change they report, delivered later by a dispatcher, at least once.
 */
public interface Notices {

    /** Adds a notice inside the caller's transaction. */
    void enqueue(Notice notice);

    /**
     * Hands up to {@code batch} due notices to the sender, retrying failures with bounded backoff; safe with several
     * dispatchers. Returns how many were delivered.
     */
    int dispatch(NoticeSender sender, int batch, Instant now);

    /** Notices not yet delivered (tests and health). */
    List<Notice> pending();
}
