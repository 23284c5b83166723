package io.finguard.adapters.crypto.otp;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.CodeHash;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.OtpCodes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * One-time codes from {@link SecureRandom} and their HMAC-SHA256 hashes, bound to challenge, phone and
 * purpose; the key id travels with the hash so keys can rotate while codes are outstanding.
 */
public final class HmacOtpCodes implements OtpCodes {
    /** Domain separation: these bytes can never collide with another HMAC use of the same key. */
    private static final byte[] CONTEXT = "finguard/otp-code/v1".getBytes(StandardCharsets.US_ASCII);
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getUrlDecoder();
    private static final int MAC_BYTES = 32;

    private final OtpCodeConfig config;
    private final int bound;
    private final SecureRandom random = new SecureRandom();

    public HmacOtpCodes(OtpCodeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        int power = 1;
        for (int i = 0; i < config.length(); i++) {
            power *= 10;
        }
        this.bound = power;
    }

    @Override
    public OtpCode generate() {
        // nextInt(bound) rejects and redraws the top partial range, so every code is equally likely.
        int value = random.nextInt(bound);
        String digits = Integer.toString(value);
        return new OtpCode("0".repeat(config.length() - digits.length()) + digits);
    }

    @Override
    public CodeHash hash(ChallengeId challenge, PhoneNumber phone, OtpPurpose purpose, OtpCode code) {
        byte[] mac = config.keys().macWithCurrent(message(challenge, phone, purpose, code.digits()));
        return new CodeHash(config.keys().currentId(), B64.encodeToString(mac));
    }

    @Override
    public boolean matches(CodeHash stored, ChallengeId challenge, PhoneNumber phone, OtpPurpose purpose,
                           String presented) {
        if (!isCode(presented)) {
            return false;
        }
        Optional<byte[]> expected = decode(stored.value());
        Optional<byte[]> actual = config.keys().mac(stored.keyId(), message(challenge, phone, purpose, presented));
        return expected.isPresent() && actual.isPresent() && MessageDigest.isEqual(expected.get(), actual.get());
    }

    /** Exactly {@code length} ASCII digits: Unicode digits such as Arabic-Indic ones are not codes. */
    private boolean isCode(String presented) {
        if (presented == null || presented.length() != config.length()) {
            return false;
        }
        for (int i = 0; i < presented.length(); i++) {
            char c = presented.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<byte[]> decode(String value) {
        try {
            byte[] bytes = B64_DECODER.decode(value);
            return bytes.length == MAC_BYTES ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] message(ChallengeId challenge, PhoneNumber phone, OtpPurpose purpose, String code) {
        return encode(challenge.toString(), phone.e164(), purpose.name(), code);
    }

    static byte[] encode(String... fields) {
        return LengthPrefixed.encode(CONTEXT, fields);
    }
}
