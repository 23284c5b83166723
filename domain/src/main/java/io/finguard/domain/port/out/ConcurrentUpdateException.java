package io.finguard.domain.port.out;

/** An optimistic-lock check failed: the aggregate changed since it was read. The transaction rolls back. */
public class ConcurrentUpdateException extends RuntimeException {
    public ConcurrentUpdateException(String aggregate, Object id) {
        super(aggregate + " " + id + " changed concurrently");
    }
}
