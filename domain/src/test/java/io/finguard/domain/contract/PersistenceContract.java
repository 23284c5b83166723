package io.finguard.domain.contract;

import io.finguard.domain.retention.EndedKind;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the out-port contract tests. Subclasses name the implementation under test; every call goes through
 * {@code transactions().inTransaction}. Data is random per test (phones, ids) so a shared database works.
 */
public abstract class PersistenceContract {
    /** The ports under test, fresh from {@link #ports()} before each test. */
    protected PersistencePorts ports;

    /** The implementation under test; may return a shared instance (a database) or a new one per call. */
    protected abstract PersistencePorts ports();

    @BeforeEach
    void connectPorts() {
        ports = ports();
    }

    /** Runs the work in one transaction and returns what it returned. */
    protected <T> T inTx(Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }

    /**
     * Purges every record of {@code kind} that ended before the cutoff, a batch per transaction as the purge job does
     * (a shared database may hold other tests' ended rows too); returns how many went.
     */
    protected int purgeAllEnded(EndedKind kind, Instant cutoff) {
        int total = 0;
        int batch;
        do {
            batch = inTx(() -> ports.endedRecords().purge(kind, cutoff, 100));
            total += batch;
        } while (batch == 100);
        return total;
    }

    /** Runs the work in one transaction. */
    protected void runInTx(Runnable work) {
        ports.transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
