package io.finguard.adapters.crypto.otp;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.CodeSealer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals one-time codes with AES-256-GCM ({@link AesGcm}). The additional data binds key id, message id, challenge and
 * phone, so a sealed code copied to another row, pointed at another phone or relabelled with another key id does not
 * open.
 */
public final class AesGcmCodeSealer implements CodeSealer {
    /** Domain separation: these bytes can never be mistaken for the binding of another use of an AES key. */
    private static final byte[] CONTEXT = "finguard/outbox-code/v1".getBytes(StandardCharsets.US_ASCII);

    private final AesKeyRing keys;

    public AesGcmCodeSealer(AesKeyRing keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public Sealed seal(OtpCode code, UUID messageId, ChallengeId challenge, PhoneNumber to) {
        String keyId = keys.currentId();
        return new Sealed(keyId, AesGcm.seal(keys.current(), code.digits().getBytes(StandardCharsets.US_ASCII),
                binding(keyId, messageId, challenge, to)));
    }

    @Override
    public Optional<OtpCode> open(Sealed sealed, UUID messageId, ChallengeId challenge, PhoneNumber to) {
        // Altered bytes, another message's binding or another key: nothing opens.
        return keys.key(sealed.keyId())
                .flatMap(key -> AesGcm.open(key, sealed.bytes(), binding(sealed.keyId(), messageId, challenge, to)))
                .map(digits -> new OtpCode(new String(digits, StandardCharsets.US_ASCII)));
    }

    static byte[] binding(String keyId, UUID messageId, ChallengeId challenge, PhoneNumber to) {
        return LengthPrefixed.encode(CONTEXT, keyId, messageId.toString(), challenge.toString(), to.e164());
    }
}
