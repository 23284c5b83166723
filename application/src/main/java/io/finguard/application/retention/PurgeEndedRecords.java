package io.finguard.application.retention;

import io.finguard.domain.port.out.EndedRecords;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.retention.EndedKind;
import io.finguard.domain.retention.RetentionPolicy;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Deletes every kind of ended record past its retention ({@link RetentionPolicy}), one bounded batch per transaction so
 * no run holds many locks or a long transaction; a kind stops after {@code maxBatches} in one run (the next run goes
 * on), so a backlog never makes a run unbounded. The audit log and the ledger are no kind: they are never purged.
 */
public final class PurgeEndedRecords {
    /** Rows per transaction. */
    public static final int DEFAULT_BATCH = 500;
    /** Batches per kind and run: up to 50,000 rows of a kind an hour at the default schedule. */
    public static final int DEFAULT_MAX_BATCHES = 100;

    private final Transactions tx;
    private final EndedRecords records;
    private final RetentionPolicy policy;
    private final int batch;
    private final int maxBatches;

    public PurgeEndedRecords(Transactions tx, EndedRecords records, RetentionPolicy policy) {
        this(tx, records, policy, DEFAULT_BATCH, DEFAULT_MAX_BATCHES);
    }

    public PurgeEndedRecords(Transactions tx, EndedRecords records, RetentionPolicy policy, int batch, int maxBatches) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.records = Objects.requireNonNull(records, "records");
        this.policy = Objects.requireNonNull(policy, "policy");
        if (batch < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("batch and maxBatches must be positive");
        }
        this.batch = batch;
        this.maxBatches = maxBatches;
    }

    /** One run at {@code now}: each kind in turn, batch after batch until one comes back short or the cap is reached. */
    public Purged run(Instant now) {
        Map<EndedKind, Integer> counts = new EnumMap<>(EndedKind.class);
        for (EndedKind kind : EndedKind.values()) {
            Instant cutoff = policy.cutoff(kind, now);
            int total = 0;
            for (int round = 0; round < maxBatches; round++) {
                int deleted = tx.inTransaction(() -> records.purge(kind, cutoff, batch));
                total += deleted;
                if (deleted < batch) {
                    break;
                }
            }
            counts.put(kind, total);
        }
        return new Purged(counts);
    }
}
