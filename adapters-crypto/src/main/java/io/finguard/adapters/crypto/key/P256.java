package io.finguard.adapters.crypto.key;

import io.finguard.domain.model.Sha256;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EllipticCurve;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.KeyAgreement;

/**
 * The NIST P-256 curve as ES256 needs it: key checks, generation, the public key of a private key, fixed-width
 * coordinates and RFC 7638 ids.
 */
final class P256 {
    static final int COORDINATE_BYTES = 32;
    private static final ECParameterSpec SPEC = spec();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private P256() {
    }

    static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 key generation unavailable", e);
        }
    }

    /** Rejects keys on any other curve: a P-384 key would make every ES256 signature fail at run time. */
    static void requireP256(ECKey key) {
        ECParameterSpec params = key.getParams();
        boolean p256 = params != null
                && params.getCurve().equals(SPEC.getCurve())
                && params.getGenerator().equals(SPEC.getGenerator())
                && params.getOrder().equals(SPEC.getOrder())
                && params.getCofactor() == SPEC.getCofactor();
        if (!p256) {
            throw new IllegalArgumentException("the key is not on curve P-256 (ES256 needs P-256)");
        }
    }

    /** True when the private key signs what the public key verifies, i.e. they are one pair. */
    static boolean isPair(ECPrivateKey privateKey, ECPublicKey publicKey) {
        byte[] probe = "finguard key pair check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * JCA offers no "public key of this private key". ECDH of d with the generator G yields the x coordinate
     * of d*G through the platform's own curve code; y follows from the curve equation up to its sign, and the
     * candidate that verifies a signature made with d is the public key.
     */
    static ECPublicKey publicKeyOf(ECPrivateKey privateKey) {
        requireP256(privateKey);
        try {
            KeyFactory factory = KeyFactory.getInstance("EC");
            ECPublicKey generator = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(SPEC.getGenerator(), SPEC));
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(privateKey);
            agreement.doPhase(generator, true);
            BigInteger x = new BigInteger(1, agreement.generateSecret());
            EllipticCurve curve = SPEC.getCurve();
            BigInteger p = ((ECFieldFp) curve.getField()).getP();
            BigInteger rhs = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
            // P-256's p is 3 mod 4, so a square root of rhs is rhs^((p+1)/4).
            BigInteger y = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
            for (BigInteger candidateY : new BigInteger[] {y, p.subtract(y)}) {
                ECPublicKey candidate = (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(new ECPoint(x, candidateY), SPEC));
                if (isPair(privateKey, candidate)) {
                    return candidate;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("could not derive the public key of the private key", e);
        }
        throw new IllegalArgumentException("could not derive the public key of the private key");
    }

    /** A coordinate as exactly 32 big-endian bytes (BigInteger adds a sign byte or drops leading zeros). */
    static byte[] coordinate(BigInteger value) {
        byte[] raw = value.toByteArray();
        if (raw.length == COORDINATE_BYTES) {
            return raw;
        }
        if (raw.length > COORDINATE_BYTES) {
            return Arrays.copyOfRange(raw, raw.length - COORDINATE_BYTES, raw.length);
        }
        byte[] padded = new byte[COORDINATE_BYTES];
        System.arraycopy(raw, 0, padded, COORDINATE_BYTES - raw.length, raw.length);
        return padded;
    }

    static String x(ECPublicKey key) {
        return B64URL.encodeToString(coordinate(key.getW().getAffineX()));
    }

    static String y(ECPublicKey key) {
        return B64URL.encodeToString(coordinate(key.getW().getAffineY()));
    }

    /** RFC 7638 JWK thumbprint: SHA-256 over the required members in lexicographic order, base64url. */
    static String thumbprint(ECPublicKey key) {
        String canonical = "{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"" + x(key) + "\",\"y\":\"" + y(key) + "\"}";
        return B64URL.encodeToString(Sha256.digest(canonical));
    }

    private static ECParameterSpec spec() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 unavailable", e);
        }
    }
}
