package io.finguard.domain.port.out;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import java.util.Optional;
import java.util.UUID;

/**
 * Authenticated encryption of a one-time code for its wait in the outbox, so the database, its WAL and backups
 * hold no readable code. A sealed code is bound to its message (id, challenge, phone) and opens for that one only.
 */
public interface CodeSealer {

    /** Seals under the current key; the key id travels with the result so keys can rotate. */
    Sealed seal(OtpCode code, UUID messageId, ChallengeId challenge, PhoneNumber to);

    /** The code, or empty when the key id is unknown, the bytes were altered or the binding is another message's. */
    Optional<OtpCode> open(Sealed sealed, UUID messageId, ChallengeId challenge, PhoneNumber to);
}
