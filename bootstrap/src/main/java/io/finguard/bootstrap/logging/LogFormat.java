package io.finguard.bootstrap.logging;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How log lines look: one JSON object per line (for collectors; the default of serve) or one readable line (dev). */
public enum LogFormat {
    JSON,
    TEXT;

    /** {@code json} or {@code text}, in any case; anything else is empty. */
    public static Optional<LogFormat> parse(String value) {
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.name().equals(wanted)).findFirst();
    }
}
