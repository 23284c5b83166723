package io.finguard.adapters.crypto.phone;

import io.finguard.adapters.crypto.otp.AesKeyRing;
import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SealedPhone;
import io.finguard.domain.port.out.PhoneVault;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Phone numbers at rest with the JDK alone. The index is HMAC-SHA256 of the number under one index key (it cannot
 * rotate without re-indexing every row). A sealed number is a random 96-bit nonce, the AES-256-GCM ciphertext and a
 * 128-bit tag; the additional data binds the key id and the number's index, so a sealed number copied to a row of
 * another number or relabelled with another key id does not open.
 */
public final class AesGcmPhoneVault implements PhoneVault {
    /** The index key is an HMAC-SHA256 key: shorter than its output gains nothing. */
    public static final int MIN_INDEX_KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String MAC = "HmacSHA256";
    /** Domain separation: neither use of a key can be mistaken for another use of it. */
    private static final byte[] INDEX_CONTEXT = "finguard/phone-index/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEAL_CONTEXT = "finguard/phone-seal/v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec indexKey;
    private final AesKeyRing keys;
    private final SecureRandom random = new SecureRandom();

    public AesGcmPhoneVault(byte[] indexKey, AesKeyRing keys) {
        Objects.requireNonNull(indexKey, "indexKey");
        if (indexKey.length < MIN_INDEX_KEY_BYTES) {
            throw new IllegalArgumentException("the phone index key is shorter than " + MIN_INDEX_KEY_BYTES + " bytes");
        }
        this.indexKey = new SecretKeySpec(indexKey.clone(), MAC);
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public PhoneIndex index(PhoneNumber phone) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(indexKey);
            mac.update(INDEX_CONTEXT);
            return new PhoneIndex(mac.doFinal(phone.e164().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            // Every Java runtime must provide HmacSHA256; reaching this means a broken JRE.
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    @Override
    public SealedPhone seal(PhoneNumber phone) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String keyId = keys.currentId();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, binding(keyId, index(phone)));
            byte[] sealed = cipher.doFinal(phone.e164().getBytes(StandardCharsets.US_ASCII));
            return new SealedPhone(keyId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    @Override
    public Optional<PhoneNumber> open(SealedPhone sealed, PhoneIndex index) {
        Optional<SecretKey> key = keys.key(sealed.keyId());
        byte[] bytes = sealed.bytes();
        if (key.isEmpty() || bytes.length <= NONCE_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key.get(), Arrays.copyOf(bytes, NONCE_BYTES), binding(sealed.keyId(), index));
            String text = new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.US_ASCII);
            // The tag held, so these are bytes this vault sealed for this index: a number, and the indexed one.
            return PhoneNumber.isValid(text) ? Optional.of(PhoneNumber.of(text)).filter(n -> index(n).equals(index)) : Optional.empty();
        } catch (AEADBadTagException e) {
            // Altered bytes, another number's index or another key: the tag says no, and so do we.
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

    /** Context, then the key id with its length, then the index (always {@value PhoneIndex#BYTES} bytes). */
    static byte[] binding(String keyId, PhoneIndex index) {
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(SEAL_CONTEXT.length + Integer.BYTES + id.length + PhoneIndex.BYTES);
        out.writeBytes(SEAL_CONTEXT);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(id.length).array());
        out.writeBytes(id);
        out.writeBytes(index.bytes());
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "AesGcmPhoneVault[" + keys + "]";
    }
}
