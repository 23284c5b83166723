package io.finguard.adapters.crypto.otp;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import java.util.Objects;

/** Settings of {@link HmacOtpCodes}: how many digits a code has (6-8) and the keys its hashes are made with. */
public record OtpCodeConfig(int length, HmacKeyRing keys) {
    public OtpCodeConfig {
        Objects.requireNonNull(keys, "keys");
        if (length < 6 || length > 8) {
            throw new IllegalArgumentException("a code has 6 to 8 digits");
        }
    }

    /** Six digits, the NIST and industry default. */
    public static OtpCodeConfig defaults(HmacKeyRing keys) {
        return new OtpCodeConfig(6, keys);
    }
}
