package io.finguard.domain.port.out;

import java.util.function.Supplier;

/** Unit of work: runs the given work in one transaction; repositories called inside take part in it. */
public interface Transactions {

    /** Commits when {@code work} returns, rolls back when it throws (and rethrows). */
    <T> T inTransaction(Supplier<T> work);
}
