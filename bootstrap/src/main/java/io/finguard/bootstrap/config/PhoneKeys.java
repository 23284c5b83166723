package io.finguard.bootstrap.config;

import java.util.Objects;

/**
 * The keys of phone numbers at rest (docs/adr/0023): the HMAC key of their blind index, which cannot rotate without
 * re-indexing every row, and the AES-256 key that seals them, which rotates by id. {@code finguard migrate} needs
 * them too: a migration seals the numbers an older schema held in clear.
 */
public record PhoneKeys(Secret indexKey, RotatingSecret sealKey) {
    public PhoneKeys {
        Objects.requireNonNull(indexKey, "indexKey");
        Objects.requireNonNull(sealKey, "sealKey");
    }
}
