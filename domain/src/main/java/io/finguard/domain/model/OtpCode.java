package io.finguard.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** A one-time code in plaintext. Lives only in memory (the outbox keeps it sealed); never logged. */
public record OtpCode(String digits) {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{6,8}");

    public OtpCode {
        Objects.requireNonNull(digits, "digits");
        if (!DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("a code is 6 to 8 ASCII digits");
        }
    }

    @Override
    public String toString() {
        return "OtpCode[redacted]";
    }
}
