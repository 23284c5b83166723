package io.finguard.domain.port.out;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.CodeHash;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;

/** Makes one-time codes and their keyed hashes, bound to challenge, phone and purpose. */
public interface OtpCodes {

    /** A fresh code from a cryptographically strong source. */
    OtpCode generate();

    CodeHash hash(ChallengeId challenge, PhoneNumber phone, OtpPurpose purpose, OtpCode code);

    /** Constant-time check of a presented code (any text) against the stored hash. */
    boolean matches(CodeHash stored, ChallengeId challenge, PhoneNumber phone, OtpPurpose purpose, String presented);
}
