package io.finguard.bootstrap.config;

import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a configured secret unacceptable: too short, one repeated byte, or an example value: one that says
 * {@value #EXAMPLE_MARKER} in any case, as values copied from documentation and samples do.
 */
public final class SecretRules {
    static final String EXAMPLE_MARKER = "example";
    static final int MIN_KEY_BYTES = 32;
    static final int MIN_TOKEN_CHARS = 32;
    static final String KEY_HINT = "a base64 key of at least " + MIN_KEY_BYTES + " random bytes, e.g. openssl rand -base64 32";
    static final String TOKEN_HINT = "at least " + MIN_TOKEN_CHARS + " random characters, e.g. openssl rand -base64 32";

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+=*");
    private static final Pattern BASE64_URL = Pattern.compile("[A-Za-z0-9_-]+=*");

    private SecretRules() {
    }

    /**
     * Applied to secrets only ("example.com" in a URL is not a marker). Any case, since a copied sample need not
     * shout; random base64 of 32 bytes holds "example" in some case with odds near 1e-9.
     */
    public static boolean isExample(String value) {
        return value.toLowerCase(Locale.ROOT).contains(EXAMPLE_MARKER);
    }

    /** The key bytes of standard or URL-safe base64 text (padding optional), or empty when it is neither. */
    static Optional<byte[]> decodeBase64(String text) {
        String compact = text.replaceAll("\\s+", "");
        try {
            if (BASE64.matcher(compact).matches()) {
                return Optional.of(Base64.getDecoder().decode(compact));
            }
            if (BASE64_URL.matcher(compact).matches()) {
                return Optional.of(Base64.getUrlDecoder().decode(compact));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Why these key bytes are too weak to use, if they are. */
    static Optional<String> keyWeakness(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            return Optional.of("too short: " + key.length + " bytes, at least " + MIN_KEY_BYTES + " needed");
        }
        if (allSame(key)) {
            return Optional.of("weak: every byte is the same");
        }
        return Optional.empty();
    }

    /** Why this token text is too weak to use, if it is. */
    static Optional<String> tokenWeakness(String token) {
        if (token.length() < MIN_TOKEN_CHARS) {
            return Optional.of("too short: " + token.length() + " characters, at least " + MIN_TOKEN_CHARS + " needed");
        }
        if (token.chars().distinct().count() == 1) {
            return Optional.of("weak: every character is the same");
        }
        return Optional.empty();
    }

    private static boolean allSame(byte[] bytes) {
        for (byte b : bytes) {
            if (b != bytes[0]) {
                return false;
            }
        }
        return true;
    }
}
