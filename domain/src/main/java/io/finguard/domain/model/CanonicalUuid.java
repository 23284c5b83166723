package io.finguard.domain.model;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Strict UUID text for ids: {@link UUID#fromString} also takes short groups ("1-1-1-1-1"), signs and non-ASCII
 * digits, so one id would have many spellings.
 */
public final class CanonicalUuid {
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CanonicalUuid() {
    }

    /** The UUID of canonical text (8-4-4-4-12 hex digits, either case); empty for null or anything else. */
    public static Optional<UUID> read(String text) {
        return text != null && CANONICAL.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    static UUID parse(String text) {
        Objects.requireNonNull(text, "text");
        return read(text).orElseThrow(() -> new IllegalArgumentException("not a canonical UUID"));
    }
}
