package io.finguard.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** A phone number in strict E.164 form: '+', a non-zero country digit, 8 to 15 ASCII digits in all. */
public record PhoneNumber(String e164) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("not an E.164 phone number");
        }
    }

    public static PhoneNumber of(String e164) {
        return new PhoneNumber(e164);
    }

    /** True when the text is strict E.164; lets callers validate without catching. */
    public static boolean isValid(String text) {
        return text != null && E164.matcher(text).matches();
    }

    /** The digits without the '+'. */
    public String digits() {
        return e164.substring(1);
    }

    /**
     * Masked for logs and audit: '+', the first three digits (as long as the longest country code) and the
     * last two stay, e.g. +491********89.
     */
    public String masked() {
        int keepStart = Math.min(4, e164.length() - 2);
        return e164.substring(0, keepStart) + "*".repeat(e164.length() - keepStart - 2) + e164.substring(e164.length() - 2);
    }

    /** True when the number starts with the given E.164 prefix, e.g. "+44" or "+4479". */
    public boolean hasPrefix(String prefix) {
        return e164.startsWith(prefix);
    }

    @Override
    public String toString() {
        return masked();
    }
}
