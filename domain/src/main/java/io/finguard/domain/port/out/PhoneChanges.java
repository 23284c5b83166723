package io.finguard.domain.port.out;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.phone.PhoneChange;
import java.util.Optional;

/** Stored changes of number; at most one PENDING per user. All calls join the caller's transaction. */
public interface PhoneChanges {

    /** Stores a new request; throws {@link DuplicateException} if the user already has a PENDING one. */
    void add(PhoneChange.Pending change);

    /** Reads and locks the change proven by {@code challenge}, if any. */
    Optional<PhoneChange> lock(ChallengeId challenge);

    /** Reads and locks the user's PENDING change, if any. */
    Optional<PhoneChange.Pending> lockPendingOf(UserId user);

    /** Writes a new state; throws {@link ConcurrentUpdateException} if the version moved. */
    void update(PhoneChange change);
}
