package io.finguard.adapters.crypto.key;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM text for EC keys: PKCS#8 ({@code PRIVATE KEY}) and X.509 SubjectPublicKeyInfo ({@code PUBLIC KEY}). Failures are
 * IllegalArgumentExceptions whose messages never contain key material.
 */
final class Pem {
    static final String PRIVATE_KEY = "PRIVATE KEY";
    static final String PUBLIC_KEY = "PUBLIC KEY";

    private Pem() {
    }

    static String encodePrivate(ECPrivateKey key) {
        return block(PRIVATE_KEY, key.getEncoded());
    }

    static String encodePublic(ECPublicKey key) {
        return block(PUBLIC_KEY, key.getEncoded());
    }

    /** The private key in the text's {@code PRIVATE KEY} block, if there is one. */
    static Optional<ECPrivateKey> privateKey(String text) {
        return der(text, PRIVATE_KEY).map(der -> {
            try {
                return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | ClassCastException e) {
                throw new IllegalArgumentException("the PRIVATE KEY block is not a PKCS#8 EC key", e);
            }
        });
    }

    /** The public key in the text's {@code PUBLIC KEY} block, if there is one. */
    static Optional<ECPublicKey> publicKey(String text) {
        return der(text, PUBLIC_KEY).map(Pem::publicKey);
    }

    /** The key of the {@code PUBLIC KEY} block or, without one, of the text as the bare base64 body of such a block. */
    static ECPublicKey publicKeyOrBody(String text) {
        return publicKey(text).orElseGet(() -> publicKey(decode(PUBLIC_KEY, text)));
    }

    /** True when the text holds a block of this type, e.g. a SEC1 {@code EC PRIVATE KEY} given where PKCS#8 is needed. */
    static boolean hasBlock(String text, String type) {
        return text.contains("-----BEGIN " + type + "-----");
    }

    private static ECPublicKey publicKey(byte[] der) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the PUBLIC KEY block is not an X.509 EC key", e);
        }
    }

    private static String block(String type, byte[] der) {
        Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        return "-----BEGIN " + type + "-----\n" + encoder.encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static Optional<byte[]> der(String text, String type) {
        Matcher matcher = Pattern.compile("-----BEGIN " + type + "-----([A-Za-z0-9+/=\\s]+)-----END " + type + "-----")
                .matcher(text);
        return matcher.find() ? Optional.of(decode(type, matcher.group(1))) : Optional.empty();
    }

    /** Strict base64 once line breaks are gone (the MIME decoder would skip stray characters silently). */
    private static byte[] decode(String type, String base64) {
        try {
            return Base64.getDecoder().decode(base64.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + type + " block is not base64", e);
        }
    }
}
