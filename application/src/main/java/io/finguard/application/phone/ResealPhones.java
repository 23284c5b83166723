package io.finguard.application.phone;

import io.finguard.domain.port.out.PhoneReseals;
import io.finguard.domain.port.out.Transactions;
import java.util.Objects;

/**
 * Seals the stored phone numbers that a previous phone key sealed again under the current one, one bounded batch per
 * transaction and at most {@code maxBatches} batches a run (the next run goes on), then counts what is left: when
 * that reaches zero the previous key can leave {@code FINGUARD_PREVIOUS_PHONE_KEYS}.
 */
public final class ResealPhones {
    /** Rows per transaction. */
    public static final int DEFAULT_BATCH = 500;
    /** Batches per run: up to 50,000 numbers an hour at the default schedule. */
    public static final int DEFAULT_MAX_BATCHES = 100;

    private final Transactions tx;
    private final PhoneReseals reseals;
    private final int batch;
    private final int maxBatches;

    public ResealPhones(Transactions tx, PhoneReseals reseals) {
        this(tx, reseals, DEFAULT_BATCH, DEFAULT_MAX_BATCHES);
    }

    public ResealPhones(Transactions tx, PhoneReseals reseals, int batch, int maxBatches) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.reseals = Objects.requireNonNull(reseals, "reseals");
        if (batch < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("batch and maxBatches must be positive");
        }
        this.batch = batch;
        this.maxBatches = maxBatches;
    }

    /** How many numbers one run sealed again, and how many are still under another key. */
    public record Resealed(int resealed, long remaining) {
    }

    public Resealed run() {
        int total = 0;
        for (int round = 0; round < maxBatches; round++) {
            int done = tx.inTransaction(() -> reseals.resealOutdated(batch));
            total += done;
            if (done < batch) {
                break;
            }
        }
        return new Resealed(total, tx.inTransaction(reseals::outdated));
    }
}
