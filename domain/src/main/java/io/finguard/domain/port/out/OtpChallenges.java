package io.finguard.domain.port.out;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.otp.OtpChallenge;
import java.util.Optional;

/**
 * Stored OTP challenges; at most one PENDING PHONE_ENTRY challenge per phone (PHONE_CHANGE challenges are one per
 * pending change of a user, found through {@link PhoneChanges}). All calls join the caller's transaction.
 */
public interface OtpChallenges {

    /** Stores a new challenge; throws {@link DuplicateException} if another PENDING PHONE_ENTRY one exists for the phone. */
    void add(OtpChallenge.Pending challenge);

    /** Reads and locks a challenge until the transaction ends. */
    Optional<OtpChallenge> lock(ChallengeId id);

    /** Reads and locks the PENDING challenge for the phone and purpose, if any (for PHONE_ENTRY, of which there is one). */
    Optional<OtpChallenge.Pending> lockPending(PhoneNumber phone, OtpPurpose purpose);

    /** Writes a new state; throws {@link ConcurrentUpdateException} if the version moved. */
    void update(OtpChallenge challenge);
}
