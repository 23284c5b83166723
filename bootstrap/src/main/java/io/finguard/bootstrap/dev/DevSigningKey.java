package io.finguard.bootstrap.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ES256 key {@code dev} signs with, generated once into {@code signing-key.pem} (owner-only) as a PKCS#8
 * PRIVATE KEY block followed by its PUBLIC KEY block, and reused so tokens survive restarts.
 */
record DevSigningKey(String pem, String keyId) {
    private static final Pattern PUBLIC_BLOCK = Pattern.compile("-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    DevSigningKey {
        Objects.requireNonNull(pem, "pem");
        Objects.requireNonNull(keyId, "keyId");
    }

    static DevSigningKey loadOrCreate(Path file, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                OwnerOnlyFiles.write(file, generatePem(random));
            }
            String pem = OwnerOnlyFiles.read(file);
            return new DevSigningKey(pem, keyIdOf(pem));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the dev signing key " + file, e);
        }
    }

    private static String generatePem(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            KeyPair pair = generator.generateKeyPair();
            return armor("PRIVATE KEY", pair.getPrivate().getEncoded()) + armor("PUBLIC KEY", pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make P-256 keys", e);
        }
    }

    /** Derived from the public key, so a regenerated key gets a new id and old tokens fail as "unknown key". */
    private static String keyIdOf(String pem) {
        Matcher matcher = PUBLIC_BLOCK.matcher(pem);
        if (!matcher.find()) {
            throw new IllegalStateException("the dev signing key file has no PUBLIC KEY block; delete it to regenerate");
        }
        try {
            byte[] der = Base64.getMimeDecoder().decode(matcher.group(1).strip());
            KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(der);
            return "dev-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the dev signing key file is damaged; delete it to regenerate", e);
        }
    }

    private static String armor(String type, byte[] der) {
        String body = new String(Base64.getMimeEncoder(64, new byte[] {'\n'}).encode(der), StandardCharsets.US_ASCII);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    @Override
    public String toString() {
        return "DevSigningKey[keyId=" + keyId + ", pem=redacted]";
    }
}
