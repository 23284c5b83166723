package io.finguard.domain.port.out;

import io.finguard.domain.retention.EndedKind;
import java.time.Instant;

/**
 * Deletes short-lived records that ended before a cutoff ({@link EndedKind} says what "ended" means for each), a
 * bounded batch at a time so no call holds many rows locked; rows another transaction holds are skipped, not waited for.
 */
public interface EndedRecords {

    /** Deletes at most {@code limit} records of {@code kind} that ended before {@code endedBefore}; returns how many. */
    int purge(EndedKind kind, Instant endedBefore, int limit);
}
