package io.finguard.domain.passkey;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/** The authenticator's id of a credential (WebAuthn {@code rawId}): 1 to 1023 opaque bytes, compared by content. */
public final class CredentialId {
    private final byte[] bytes;

    private CredentialId(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length == 0 || bytes.length > 1023) {
            throw new IllegalArgumentException("a credential id has 1 to 1023 bytes");
        }
        this.bytes = bytes.clone();
    }

    public static CredentialId of(byte[] bytes) {
        return new CredentialId(bytes);
    }

    /** Parses base64url (padding optional); throws IllegalArgumentException for anything else. */
    public static CredentialId parse(String base64Url) {
        return new CredentialId(Base64.getUrlDecoder().decode(base64Url));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** Base64url without padding. */
    public String encoded() {
        return Bytes.base64Url(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CredentialId that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "CredentialId[" + encoded() + "]";
    }
}
