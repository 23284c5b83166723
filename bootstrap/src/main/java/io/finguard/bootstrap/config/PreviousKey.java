package io.finguard.bootstrap.config;

import java.security.interfaces.ECPublicKey;
import java.util.Objects;

/** A rotated-out signing key's public half and id: tokens it signed still verify until they expire. */
public record PreviousKey(String keyId, ECPublicKey publicKey) {
    public PreviousKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(publicKey, "publicKey");
    }
}
