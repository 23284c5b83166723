package io.finguard.domain.model;

import java.util.Optional;

/**
 * The one rule for text that people type and FinGuard stores (names, address lines, reasons): a length counted in
 * code points, never blank when required, and plain: no control character (C0 and C1, NUL among them, which
 * PostgreSQL cannot store, and DEL) and no half of a surrogate pair.
 */
public record TextRule(int min, int max) {

    public TextRule {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max");
        }
    }

    /** Why the text breaks this rule, in words for a client ("must be 1-100 characters"), or empty when it keeps it. */
    public Optional<String> violation(String text) {
        if (text == null) {
            return Optional.of("is required");
        }
        if (!isPlain(text)) {
            return Optional.of(PLAIN);
        }
        int length = text.codePointCount(0, text.length());
        if (length < min || length > max) {
            return Optional.of(min == 0 ? "must be at most " + max + " characters" : "must be " + min + "-" + max + " characters");
        }
        if (min > 0 && text.isBlank()) {
            return Optional.of("must not be blank");
        }
        return Optional.empty();
    }

    /** The text, if it keeps this rule; for compact constructors, whose callers validated it at the edge already. */
    public String require(String field, String text) {
        violation(text).ifPresent(why -> {
            throw new IllegalArgumentException(field + " " + why);
        });
        return text;
    }

    /** What every string a client sends must be, whatever its field: see {@link #isPlain}. */
    public static final String PLAIN = "must not contain control characters or broken surrogate pairs";

    /** True when the text has no control character (U+0000-U+001F, U+007F-U+009F) and no unpaired surrogate. */
    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
