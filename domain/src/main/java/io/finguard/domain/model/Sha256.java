package io.finguard.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one digest FinGuard uses for tokens, request fingerprints and key ids; text is hashed as UTF-8. */
public final class Sha256 {
    private Sha256() {
    }

    public static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            // Every Java runtime must provide SHA-256.
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static byte[] digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The digest as 64 lower-case hex characters. */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text));
    }
}
