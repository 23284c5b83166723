package io.finguard.domain.port.out;

import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.PasskeyChallenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import java.util.Optional;

/** Server challenges of passkey ceremonies: one held per user and purpose, spent when taken. */
public interface PasskeyChallenges {

    /** Holds {@code challenge}, replacing the one held for the same user and purpose. */
    void put(PasskeyChallenge challenge);

    /** Removes and returns the challenge held for the user and purpose (expired or not); a second take finds none. */
    Optional<PasskeyChallenge> take(UserId user, PasskeyPurpose purpose);
}
