package io.finguard.adapters.crypto.otp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM as every sealer of this module uses it: sealed bytes are a random 96-bit nonce, the ciphertext and a
 * 128-bit tag; the binding (additional data) is the caller's. Random nonces are safe far beyond the 2^32 seals per
 * key that NIST allows; a key seals a few values per second at most.
 */
public final class AesGcm {
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    /** Nonce, ciphertext and tag of {@code plain} under {@code key}, bound to {@code binding}. */
    public static byte[] seal(SecretKey key, byte[] plain, byte[] binding) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce, binding).doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide AES/GCM/NoPadding; reaching this means a broken JRE.
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plain bytes, or empty when the bytes are too short, were altered, or were sealed under another key or binding. */
    public static Optional<byte[]> open(SecretKey key, byte[] sealed, byte[] binding) {
        if (sealed.length <= NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_BYTES), binding)
                    .doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            // The tag says no, and so do we.
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, byte[] binding) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(binding);
        return cipher;
    }
}
