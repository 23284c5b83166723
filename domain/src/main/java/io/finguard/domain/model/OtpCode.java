package io.finguard.domain.model;

import java.util.Objects;

/** A one-time code in plaintext. Lives only in memory (the outbox keeps it sealed); never logged. */
public record OtpCode(String digits) {
    public OtpCode {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("[0-9]{6,8}")) {
            throw new IllegalArgumentException("a code is 6 to 8 ASCII digits");
        }
    }

    @Override
    public String toString() {
        return "OtpCode[redacted]";
    }
}
