package io.finguard.domain.port.out;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.phone.Recovery;
import java.util.Optional;

/**
 * Stored lost-phone recoveries; at most one open (REQUESTED, IDENTITY_PENDING, APPROVED) per user and per new number.
 * All calls join the caller's transaction.
 */
public interface Recoveries {

    /** Stores a new recovery; throws {@link DuplicateException} if its user or its new number already has an open one. */
    void add(Recovery recovery);

    /** Reads and locks a recovery. */
    Optional<Recovery> lock(RecoveryId id);

    /** Reads and locks the newest recovery towards {@code newPhone}, open or not. */
    Optional<Recovery> lockNewestFor(PhoneNumber newPhone);

    /** Reads and locks the user's open recovery, if any. */
    Optional<Recovery> lockOpenOf(UserId user);

    /** Writes a new state; throws {@link ConcurrentUpdateException} if the version moved. */
    void update(Recovery recovery);
}
