package io.finguard.domain.passkey;

import java.security.MessageDigest;
import java.util.Objects;

/**
 * The bytes an authenticator signs over (WebAuthn {@code challenge}): 16 to 64 bytes, from the server's random source
 * for registration and step-up, or a transaction's digest when a payment is authorised. Compared in constant time.
 */
public final class Challenge {
    private final byte[] bytes;

    private Challenge(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < 16 || bytes.length > 64) {
            throw new IllegalArgumentException("a challenge has 16 to 64 bytes");
        }
        this.bytes = bytes.clone();
    }

    public static Challenge of(byte[] bytes) {
        return new Challenge(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Base64url without padding, as it appears in the client data's {@code challenge} member. */
    public String encoded() {
        return Bytes.base64Url(bytes);
    }

    /** Whether {@code presented} is these bytes, compared in constant time. */
    public boolean matches(byte[] presented) {
        return presented != null && MessageDigest.isEqual(bytes, presented);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Challenge that && MessageDigest.isEqual(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return bytes.length;
    }

    @Override
    public String toString() {
        return "Challenge[redacted]";
    }
}
