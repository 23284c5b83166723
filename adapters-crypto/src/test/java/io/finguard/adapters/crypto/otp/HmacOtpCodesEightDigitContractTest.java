package io.finguard.adapters.crypto.otp;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.contract.OtpCodesContract;
import io.finguard.domain.port.out.OtpCodes;
import java.nio.charset.StandardCharsets;

/** The HMAC one-time codes keep the OtpCodes contract at the longest configurable length, eight digits. */
class HmacOtpCodesEightDigitContractTest extends OtpCodesContract {
    private static final HmacKeyRing KEYS =
            HmacKeyRing.single("o8", "otp-contract-key-for-8-digit-codes".getBytes(StandardCharsets.US_ASCII));

    @Override
    protected OtpCodes codes() {
        return new HmacOtpCodes(new OtpCodeConfig(8, KEYS));
    }

    @Override
    protected int codeLength() {
        return 8;
    }
}
