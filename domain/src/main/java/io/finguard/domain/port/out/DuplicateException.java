package io.finguard.domain.port.out;

/**
 * A store refused a write because it would break a uniqueness rule (phone already taken, a second
 * pending challenge, a reused idempotency key). Races end here; the caller re-reads and answers.
 */
public class DuplicateException extends RuntimeException {
    public DuplicateException(String what) {
        super(what);
    }

    public DuplicateException(String what, Throwable cause) {
        super(what, cause);
    }
}
