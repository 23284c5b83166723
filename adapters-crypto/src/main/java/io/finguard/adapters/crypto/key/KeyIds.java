package io.finguard.adapters.crypto.key;

import java.util.regex.Pattern;

/**
 * What a rotating key's id may be. Ids are stored next to what their key made (inside {@code $fg$p=<id>$...}
 * hashes, beside OTP hashes and sealed codes), so they stay short and free of separators.
 */
public final class KeyIds {
    /** The rule in words, for configuration problems. */
    public static final String RULE = "1-32 of A-Z a-z 0-9 _ -";
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private KeyIds() {
    }

    public static boolean isValid(String id) {
        return id != null && KEY_ID.matcher(id).matches();
    }
}
