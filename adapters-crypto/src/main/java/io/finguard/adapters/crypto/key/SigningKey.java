package io.finguard.adapters.crypto.key;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A P-256 key pair that signs tokens, with its key id. Written as PEM text holding a PKCS#8
 * {@code PRIVATE KEY} block followed by an X.509 {@code PUBLIC KEY} block; read with or without the latter.
 */
public record SigningKey(String kid, ECPrivateKey privateKey, ECPublicKey publicKey) {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    public SigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!VerificationKey.KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("a kid is 1-64 characters of [A-Za-z0-9._-]");
        }
        P256.requireP256(privateKey);
        P256.requireP256(publicKey);
        if (!P256.isPair(privateKey, publicKey)) {
            throw new IllegalArgumentException("the private and public keys are not one pair");
        }
    }

    /** A fresh key from the platform's strong random source; the kid is the RFC 7638 thumbprint. */
    public static SigningKey generate() {
        return generate(new SecureRandom());
    }

    /** A fresh key from {@code random}; the kid is the RFC 7638 thumbprint. */
    public static SigningKey generate(SecureRandom random) {
        KeyPair pair = P256.generate(random);
        return of((ECPrivateKey) pair.getPrivate(), (ECPublicKey) pair.getPublic());
    }

    public static SigningKey of(ECPrivateKey privateKey, ECPublicKey publicKey) {
        return new SigningKey(P256.thumbprint(publicKey), privateKey, publicKey);
    }

    /**
     * Reads PEM text with a {@code PRIVATE KEY} block and optionally its {@code PUBLIC KEY} block (in any order);
     * without the latter the public key is derived, since {@code openssl genpkey} prints the private key alone.
     * The kid is the RFC 7638 thumbprint.
     */
    public static SigningKey fromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        ECPrivateKey privateKey = Pem.privateKey(pem).orElseThrow(() -> new IllegalArgumentException(
                Pem.hasBlock(pem, "EC PRIVATE KEY")
                        ? "SEC1 'EC PRIVATE KEY' given; PKCS#8 needed: openssl pkcs8 -topk8 -nocrypt"
                        : "no PKCS#8 PRIVATE KEY block found"));
        P256.requireP256(privateKey);
        Optional<ECPublicKey> given = Pem.publicKey(pem);
        if (given.isPresent() && !P256.isPair(privateKey, given.get())) {
            throw new IllegalArgumentException("the PUBLIC KEY block does not belong to the private key");
        }
        return of(privateKey, given.orElseGet(() -> P256.publicKeyOf(privateKey)));
    }

    public static SigningKey load(Path file) throws IOException {
        return fromPem(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public String toPem() {
        return Pem.encodePrivate(privateKey) + Pem.encodePublic(publicKey);
    }

    /** Writes {@link #toPem()}; on POSIX file systems the file is readable by its owner only. */
    public void save(Path file) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix && !Files.exists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        if (posix) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Files.writeString(file, toPem(), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    public VerificationKey verificationKey() {
        return new VerificationKey(kid, publicKey);
    }

    @Override
    public String toString() {
        return "SigningKey[kid=" + kid + ", private key redacted]";
    }
}
