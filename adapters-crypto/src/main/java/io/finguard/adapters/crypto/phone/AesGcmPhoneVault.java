package io.finguard.adapters.crypto.phone;

import io.finguard.adapters.crypto.otp.AesGcm;
import io.finguard.adapters.crypto.otp.AesKeyRing;
import io.finguard.domain.model.PhoneIndex;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.PhoneVault;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Phone numbers at rest. The index is HMAC-SHA256 of the number under one index key (it cannot rotate without
 * re-indexing every row). A sealed number is AES-256-GCM ({@link AesGcm}); the additional data binds the key id and
 * the number's index, so a sealed number copied to a row of another number or relabelled with another key id does
 * not open.
 */
public final class AesGcmPhoneVault implements PhoneVault {
    /** The index key is an HMAC-SHA256 key: shorter than its output gains nothing. */
    public static final int MIN_INDEX_KEY_BYTES = 32;
    private static final String MAC = "HmacSHA256";
    /** Domain separation: neither use of a key can be mistaken for another use of it. */
    private static final byte[] INDEX_CONTEXT = "finguard/phone-index/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEAL_CONTEXT = "finguard/phone-seal/v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec indexKey;
    private final AesKeyRing keys;

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
    public Sealed seal(PhoneNumber phone) {
        String keyId = keys.currentId();
        return new Sealed(keyId, AesGcm.seal(keys.current(), phone.e164().getBytes(StandardCharsets.US_ASCII),
                binding(keyId, index(phone))));
    }

    @Override
    public String currentKeyId() {
        return keys.currentId();
    }

    @Override
    public Optional<PhoneNumber> open(Sealed sealed, PhoneIndex index) {
        // Altered bytes, another number's index or another key: nothing opens. When the tag holds, these are bytes this
        // vault sealed for this index: a number, and the indexed one.
        return keys.key(sealed.keyId())
                .flatMap(key -> AesGcm.open(key, sealed.bytes(), binding(sealed.keyId(), index)))
                .map(plain -> new String(plain, StandardCharsets.US_ASCII))
                .filter(PhoneNumber::isValid)
                .map(PhoneNumber::of)
                .filter(number -> index(number).equals(index));
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
