package io.finguard.adapters.crypto.key;

import java.security.interfaces.ECPublicKey;
import java.util.Objects;
import java.util.regex.Pattern;

/** A P-256 public key and its key id ({@code kid}): checks tokens signed by an older, rotated-out key. */
public record VerificationKey(String kid, ECPublicKey publicKey) {
    /** Kids go into JWT headers and the JWKS document unescaped, so they are kept to URL-safe characters. */
    static final Pattern KID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public VerificationKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("a kid is 1-64 characters of [A-Za-z0-9._-]");
        }
        P256.requireP256(publicKey);
    }

    /** A key whose kid is its RFC 7638 thumbprint. */
    public static VerificationKey of(ECPublicKey publicKey) {
        return new VerificationKey(P256.thumbprint(publicKey), publicKey);
    }

    /**
     * Reads the {@code PUBLIC KEY} block (X.509 SubjectPublicKeyInfo) of PEM text, or the bare base64 body of one
     * (as a one-line setting holds it); the kid is its thumbprint.
     */
    public static VerificationKey fromPem(String pem) {
        return of(Pem.publicKeyOrBody(pem));
    }

    public String toPem() {
        return Pem.encodePublic(publicKey);
    }
}
