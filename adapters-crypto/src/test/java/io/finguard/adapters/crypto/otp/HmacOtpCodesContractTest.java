package io.finguard.adapters.crypto.otp;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.contract.OtpCodesContract;
import io.finguard.domain.port.out.OtpCodes;
import java.nio.charset.StandardCharsets;

/** The HMAC one-time codes keep the OtpCodes contract at their default six digits. */
class HmacOtpCodesContractTest extends OtpCodesContract {
    private static final HmacKeyRing KEYS =
            HmacKeyRing.single("o1", "otp-contract-key-32-bytes-long!!!".getBytes(StandardCharsets.US_ASCII));

    @Override
    protected OtpCodes codes() {
        return new HmacOtpCodes(OtpCodeConfig.defaults(KEYS));
    }

    @Override
    protected int codeLength() {
        return 6;
    }
}
