package io.finguard.bootstrap.dev;

import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.bootstrap.secrets.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The ES256 key {@code dev} signs with, generated once into {@code signing-key.pem} (owner-only) and reused so
 * tokens survive restarts. Its key id is the key's RFC 7638 thumbprint, so a regenerated key gets a new id and
 * old tokens fail as "unknown key".
 */
record DevSigningKey(String pem, String keyId) {

    DevSigningKey {
        Objects.requireNonNull(pem, "pem");
        Objects.requireNonNull(keyId, "keyId");
    }

    static DevSigningKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                OwnerOnlyFiles.write(file, SigningKey.generate().toPem());
            }
            String pem = OwnerOnlyFiles.read(file);
            return new DevSigningKey(pem, keyIdOf(pem));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the dev signing key " + file, e);
        }
    }

    /** The key's RFC 7638 thumbprint, so a regenerated key gets a new id and old tokens fail as "unknown key". */
    private static String keyIdOf(String pem) {
        try {
            return SigningKey.fromPem(pem).kid();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the dev signing key file is damaged; delete it to regenerate", e);
        }
    }

    @Override
    public String toString() {
        return "DevSigningKey[keyId=" + keyId + ", pem=redacted]";
    }
}
