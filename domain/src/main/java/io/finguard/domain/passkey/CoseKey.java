package io.finguard.domain.passkey;

import java.util.Arrays;
import java.util.Objects;

/** A credential's public key as the authenticator gave it (a COSE_Key, CBOR-encoded); compared by content. */
public final class CoseKey {
    private final byte[] encoded;

    private CoseKey(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        if (encoded.length == 0) {
            throw new IllegalArgumentException("a COSE key is not empty");
        }
        this.encoded = encoded.clone();
    }

    public static CoseKey of(byte[] encoded) {
        return new CoseKey(encoded);
    }

    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoseKey that && Arrays.equals(encoded, that.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "CoseKey[" + encoded.length + " bytes]";
    }
}
