package io.finguard.adapters.crypto.credential;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stored form of a secret hash: {@code $fg$p=<pepperId>} followed by a standard PHC Argon2id string,
 * e.g. {@code $fg$p=k1$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (unpadded standard base64).
 */
record StoredSecretHash(String pepperId, Argon2Params params, byte[] salt, byte[] hash) {
    static final int ARGON2_VERSION = 19;
    private static final String PREFIX = "$fg$p=";
    private static final Pattern FORMAT = Pattern.compile(
            "\\$fg\\$p=([A-Za-z0-9_-]{1,32})\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,3})"
                    + "\\$([A-Za-z0-9+/]{11,86})\\$([A-Za-z0-9+/]{22,86})");
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();
    private static final int MIN_SALT = 8;
    private static final int MIN_HASH = 16;
    private static final int MAX_BYTES = 64;

    /** The stored text, or empty for anything that is not exactly this format with sane lengths. */
    static Optional<StoredSecretHash> parse(String encoded) {
        Matcher m = FORMAT.matcher(encoded);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Argon2Params params = new Argon2Params(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            byte[] salt = B64_DECODER.decode(m.group(5));
            byte[] hash = B64_DECODER.decode(m.group(6));
            if (salt.length < MIN_SALT || salt.length > MAX_BYTES || hash.length < MIN_HASH || hash.length > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(new StoredSecretHash(m.group(1), params, salt, hash));
        } catch (IllegalArgumentException e) {
            // Out-of-range parameters or base64 with a dangling character: not a hash we could have written.
            return Optional.empty();
        }
    }

    /** The PHC part alone, as the reference argon2 tool prints it. */
    String phc() {
        return "$argon2id$v=" + ARGON2_VERSION + "$m=" + params.memoryKiB() + ",t=" + params.iterations()
                + ",p=" + params.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    String encode() {
        return PREFIX + pepperId + phc();
    }

    @Override
    public String toString() {
        return "StoredSecretHash[p=" + pepperId + ", " + params + "]";
    }
}
