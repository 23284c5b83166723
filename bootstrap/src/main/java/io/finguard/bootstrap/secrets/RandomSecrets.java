package io.finguard.bootstrap.secrets;

import io.finguard.bootstrap.config.SecretRules;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Freshly drawn secrets in the shapes serve reads: base64 keys and URL-safe tokens of 32 random bytes. A draw that
 * serve would take for an example value (odds near 1e-9) is drawn again.
 */
public final class RandomSecrets {
    static final int BYTES = 32;

    private RandomSecrets() {
    }

    /** An HMAC key: standard base64 of 32 random bytes. */
    public static String key(SecureRandom random) {
        return draw(random, Base64.getEncoder());
    }

    /** A credential or password typed into headers and URLs: URL-safe base64 of 32 random bytes, 43 characters. */
    public static String token(SecureRandom random) {
        return draw(random, Base64.getUrlEncoder().withoutPadding());
    }

    private static String draw(SecureRandom random, Base64.Encoder encoder) {
        byte[] bytes = new byte[BYTES];
        String value;
        do {
            random.nextBytes(bytes);
            value = encoder.encodeToString(bytes);
        } while (SecretRules.isExample(value));
        return value;
    }
}
