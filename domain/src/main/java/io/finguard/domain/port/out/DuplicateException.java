package io.finguard.domain.port.out;

/**
 * A store refused a write that would break a uniqueness rule (phone, pending challenge, idempotency key, id).
 * Usually another transaction got there first: the transaction rolls back and a retry sees the winner.
 */
public class DuplicateException extends RuntimeException {
    /** {@code rule} names what must be unique, never the value itself (no raw phone numbers in messages). */
    public DuplicateException(String aggregate, String rule) {
        super(aggregate + " would duplicate a unique " + rule);
    }
}
