package io.finguard.adapters.crypto.otp;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SealedCode;
import io.finguard.domain.port.out.CodeSealer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one-time codes with the JDK's AES-256-GCM: sealed bytes are a random 96-bit nonce, the ciphertext and a
 * 128-bit tag. The additional data binds key id, message id, challenge and phone, so a sealed code copied to
 * another row, pointed at another phone or relabelled with another key id does not open. Random nonces are safe
 * far beyond the 2^32 seals per key that NIST allows; a key seals a few codes per second at most.
 */
public final class AesGcmCodeSealer implements CodeSealer {
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    /** Domain separation: these bytes can never be mistaken for the binding of another use of an AES key. */
    private static final byte[] CONTEXT = "finguard/outbox-code/v1".getBytes(StandardCharsets.US_ASCII);

    private final AesKeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public AesGcmCodeSealer(AesKeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public SealedCode seal(OtpCode code, UUID messageId, ChallengeId challenge, PhoneNumber to) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String keyId = keys.currentId();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, binding(keyId, messageId, challenge, to));
            byte[] sealed = cipher.doFinal(code.digits().getBytes(StandardCharsets.US_ASCII));
            return new SealedCode(keyId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide AES/GCM/NoPadding; reaching this means a broken JRE.
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    @Override
    public Optional<OtpCode> open(SealedCode sealed, UUID messageId, ChallengeId challenge, PhoneNumber to) {
        Optional<SecretKey> key = keys.key(sealed.keyId());
        byte[] bytes = sealed.bytes();
        if (key.isEmpty() || bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key.get(), Arrays.copyOf(bytes, NONCE_BYTES),
                    binding(sealed.keyId(), messageId, challenge, to));
            byte[] digits = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
            return Optional.of(new OtpCode(new String(digits, StandardCharsets.US_ASCII)));
        } catch (AEADBadTagException e) {
            // Altered bytes, another message's binding or another key: the tag says no, and so do we.
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

    static byte[] binding(String keyId, UUID messageId, ChallengeId challenge, PhoneNumber to) {
        return LengthPrefixed.encode(CONTEXT, keyId, messageId.toString(), challenge.toString(), to.e164());
    }
}
