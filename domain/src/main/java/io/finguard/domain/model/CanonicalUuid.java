package io.finguard.domain.model;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Strict UUID text for ids: {@link UUID#fromString} also takes short groups ("1-1-1-1-1") and pads them with zeros. */
final class CanonicalUuid {
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CanonicalUuid() {
    }

    static UUID parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(text);
    }
}
