package io.finguard.bootstrap.config;

import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The ES256 signing key (P-256) with its id, older verification keys, and the claims every token is pinned to. */
public record TokenSettings(
        String keyId,
        ECPrivateKey privateKey,
        ECPublicKey publicKey,
        List<PreviousKey> previousKeys,
        String issuer,
        String audience,
        Duration accessTokenTtl) {

    public TokenSettings {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        previousKeys = List.copyOf(previousKeys);
    }

    @Override
    public String toString() {
        return "TokenSettings[keyId=" + keyId + ", privateKey=redacted, previousKeys="
                + previousKeys.stream().map(PreviousKey::keyId).toList() + ", issuer=" + issuer
                + ", audience=" + audience + ", accessTokenTtl=" + accessTokenTtl + "]";
    }
}
