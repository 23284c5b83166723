package io.finguard.bootstrap.config;

import io.finguard.adapters.crypto.SigningKey;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.KeyAgreement;

/**
 * Reads ES256 keys from PEM: a PKCS#8 {@code PRIVATE KEY} block, optionally followed by its X.509
 * {@code PUBLIC KEY} block. Failures are IllegalArgumentExceptions whose messages never contain key material.
 */
final class SigningKeyPem {
    private static final ECParameterSpec P256 = p256();
    private static final Pattern PEM_BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

    private SigningKeyPem() {
    }

    /** A P-256 key pair from PEM text; when the PUBLIC KEY block is absent, the public key is derived. */
    static KeyPairParts parsePair(String pemText) {
        String text = pemText.replace("\\n", "\n");
        Optional<byte[]> privateDer = block(text, "PRIVATE KEY");
        if (privateDer.isEmpty()) {
            if (block(text, "EC PRIVATE KEY").isPresent()) {
                throw new IllegalArgumentException("SEC1 'EC PRIVATE KEY' given; PKCS#8 needed: openssl pkcs8 -topk8 -nocrypt");
            }
            throw new IllegalArgumentException("no PKCS#8 PRIVATE KEY block found");
        }
        ECPrivateKey privateKey = privateKey(privateDer.get());
        ECPublicKey publicKey = block(text, "PUBLIC KEY").map(SigningKeyPem::publicKey)
                .orElseGet(() -> derivePublicKey(privateKey));
        if (!isPair(privateKey, publicKey)) {
            throw new IllegalArgumentException("the PUBLIC KEY block does not belong to the private key");
        }
        return new KeyPairParts(privateKey, publicKey);
    }

    /** A P-256 public key from a PEM PUBLIC KEY block or bare base64 of its X.509 SubjectPublicKeyInfo. */
    static ECPublicKey parsePublic(String text) {
        String der64 = block(text.replace("\\n", "\n"), "PUBLIC KEY").map(der -> Base64.getEncoder().encodeToString(der))
                .orElse(text.replaceAll("\\s+", ""));
        try {
            return publicKey(Base64.getDecoder().decode(der64));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 P-256 public key");
        }
    }

    private static Optional<byte[]> block(String text, String type) {
        Matcher matcher = PEM_BLOCK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).equals(type)) {
                try {
                    return Optional.of(Base64.getMimeDecoder().decode(matcher.group(2).strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the " + type + " block is not base64");
                }
            }
        }
        return Optional.empty();
    }

    private static ECPrivateKey privateKey(byte[] der) {
        try {
            ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            return requireP256(key);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the PRIVATE KEY block is not a PKCS#8 EC key");
        }
    }

    private static ECPublicKey publicKey(byte[] der) {
        try {
            ECPublicKey key = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
            return requireP256(key);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("the PUBLIC KEY block is not an X.509 EC key");
        }
    }

    private static <K extends ECKey> K requireP256(K key) {
        ECParameterSpec params = key.getParams();
        boolean p256 = params.getCurve().equals(P256.getCurve()) && params.getOrder().equals(P256.getOrder())
                && params.getGenerator().equals(P256.getGenerator());
        if (!p256) {
            throw new IllegalArgumentException("the key is not on curve P-256 (ES256 needs P-256)");
        }
        return key;
    }

    /**
     * JCA offers no "public key of this private key". ECDH of d with the generator G yields the x coordinate
     * of d*G through the platform's own curve code; y follows from the curve equation up to its sign, and the
     * candidate that verifies a signature made with d is the public key.
     */
    private static ECPublicKey derivePublicKey(ECPrivateKey privateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPublicKey generator = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(P256.getGenerator(), P256));
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(privateKey);
            agreement.doPhase(generator, true);
            BigInteger x = new BigInteger(1, agreement.generateSecret());
            EllipticCurve curve = P256.getCurve();
            BigInteger p = ((ECFieldFp) curve.getField()).getP();
            BigInteger rhs = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
            // P-256's p is 3 mod 4, so a square root of rhs is rhs^((p+1)/4).
            BigInteger y = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
            for (BigInteger candidateY : new BigInteger[] {y, p.subtract(y)}) {
                ECPublicKey candidate = (ECPublicKey) factory.generatePublic(
                        new ECPublicKeySpec(new ECPoint(x, candidateY), P256));
                if (isPair(privateKey, candidate)) {
                    return candidate;
                }
            }
            throw new IllegalArgumentException("could not derive the public key of the private key");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("could not derive the public key of the private key");
        }
    }

    /** The crypto adapter's own pair check (sign and verify a probe), so both sides agree on what a pair is. */
    private static boolean isPair(ECPrivateKey privateKey, ECPublicKey publicKey) {
        try {
            SigningKey.of(privateKey, publicKey);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ECParameterSpec p256() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK lacks the P-256 curve", e);
        }
    }

    /** The two halves of a signing key. */
    record KeyPairParts(ECPrivateKey privateKey, ECPublicKey publicKey) {
    }
}
