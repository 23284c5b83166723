package io.finguard.bootstrap.wiring;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.CodeHash;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.OtpCodes;

/** Dev only (FINGUARD_DEV_FIXED_OTP_CODE): every code is the configured one; hashing stays real. Serve never builds it. */
final class FixedOtpCodes implements OtpCodes {
    private final OtpCodes real;
    private final OtpCode fixed;

    FixedOtpCodes(OtpCodes real, OtpCode fixed) {
        this.real = real;
        this.fixed = fixed;
    }

    @Override
    public OtpCode generate() {
        return fixed;
    }

    @Override
    public CodeHash hash(ChallengeId challenge, PhoneNumber phone, OtpPurpose purpose, OtpCode code) {
        return real.hash(challenge, phone, purpose, code);
    }

    @Override
    public boolean matches(CodeHash stored, ChallengeId challenge, PhoneNumber phone, OtpPurpose purpose, String presented) {
        return real.matches(stored, challenge, phone, purpose, presented);
    }
}
