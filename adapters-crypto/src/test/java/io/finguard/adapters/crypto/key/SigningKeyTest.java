package io.finguard.adapters.crypto.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {
    @Test
    void coordinatesAreLeftPaddedOrStrippedToExactly32Bytes() {
        assertThat(P256.coordinate(BigInteger.ONE)).hasSize(32).endsWith(1).startsWith(0, 0, 0);
        BigInteger topBitSet = BigInteger.ONE.shiftLeft(255);
        assertThat(topBitSet.toByteArray()).hasSize(33);
        assertThat(P256.coordinate(topBitSet)).hasSize(32).startsWith((byte) 0x80);
    }

    @Test
    void aGeneratedKeyIsP256AndItsKidIsAThumbprint() {
        SigningKey key = SigningKey.generate();

        assertThat(key.kid()).matches("[A-Za-z0-9_-]{43}");
        assertThat(key.publicKey().getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(SigningKey.generate().kid()).isNotEqualTo(key.kid());
        assertThat(key.toString()).doesNotContain(key.toPem());
    }

    @Test
    void pemHoldsAPkcs8PrivateAndAnX509PublicBlockAndRoundTrips() {
        SigningKey key = SigningKey.generate();

        String pem = key.toPem();
        SigningKey read = SigningKey.fromPem(pem);

        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").contains("-----END PRIVATE KEY-----\n")
                .contains("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(read.kid()).isEqualTo(key.kid());
        assertThat(read.privateKey().getS()).isEqualTo(key.privateKey().getS());
        assertThat(read.publicKey()).isEqualTo(key.publicKey());
        assertThat(VerificationKey.fromPem(key.verificationKey().toPem())).isEqualTo(key.verificationKey());
    }

    @Test
    void aSavedKeyLoadsBackAndIsReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        SigningKey key = SigningKey.generate();
        Path file = dir.resolve("signing-key.pem");

        key.save(file);

        assertThat(SigningKey.load(file).kid()).isEqualTo(key.kid());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void pemWithoutAPrivateKeyOrWithBlocksOfTwoDifferentKeysIsRefused() {
        String first = SigningKey.generate().toPem();
        String second = SigningKey.generate().toPem();
        String privateOfFirst = first.substring(0, first.indexOf("-----BEGIN PUBLIC KEY-----"));
        String publicOfSecond = second.substring(second.indexOf("-----BEGIN PUBLIC KEY-----"));

        for (String pem : List.of(publicOfSecond, "", "not pem at all", privateOfFirst + publicOfSecond)) {
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPem(pem));
        }
        assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPem(privateOfFirst + publicOfSecond))
                .withMessage("the PUBLIC KEY block does not belong to the private key");
    }

    @Test
    void theKidIsTheRfc7638ThumbprintPublishedForTheRfc7517ExampleKey() throws Exception {
        // RFC 7517 appendix A.1; the thumbprint is the one jose4j's and nimbus-jose-jwt's test suites expect.
        assertThat(VerificationKey.of(Rfc7517Key.publicKey()).kid()).isEqualTo(Rfc7517Key.THUMBPRINT);
    }

    @Test
    void aPrivateKeyAloneIsEnoughBecauseItsPublicKeyIsDerived() throws Exception {
        // RFC 7517 appendix A.2: the private key d, whose public point the RFC gives as x and y.
        SigningKey key = SigningKey.fromPem(Pem.encodePrivate(Rfc7517Key.privateKey()));

        assertThat(key.publicKey().getW()).isEqualTo(Rfc7517Key.publicKey().getW());
        assertThat(key.kid()).isEqualTo(Rfc7517Key.THUMBPRINT);
    }

    @Test
    void derivationFindsTheRightSignOfYForManyKeys() {
        for (int i = 0; i < 20; i++) {
            SigningKey generated = SigningKey.generate();

            assertThat(SigningKey.fromPem(Pem.encodePrivate(generated.privateKey())).publicKey().getW())
                    .isEqualTo(generated.publicKey().getW());
        }
    }

    @Test
    void failuresSayWhatIsWrongWithoutQuotingTheKey() throws Exception {
        String sec1 = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END EC PRIVATE KEY-----\n";
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        String p384 = Pem.encodePrivate((java.security.interfaces.ECPrivateKey) generator.generateKeyPair().getPrivate());

        assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPem(sec1))
                .withMessageContaining("openssl pkcs8 -topk8 -nocrypt");
        assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPem(p384))
                .withMessage("the key is not on curve P-256 (ES256 needs P-256)");
        assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPem("no key here"))
                .withMessage("no PKCS#8 PRIVATE KEY block found");
    }

    @Test
    void aPublicKeyIsReadFromItsPemBlockOrFromTheBareBase64OfItsBody() {
        VerificationKey key = SigningKey.generate().verificationKey();
        String body = key.toPem().replaceAll("-----[A-Z ]+-----|\\s", "");

        assertThat(VerificationKey.fromPem(key.toPem())).isEqualTo(key);
        assertThat(VerificationKey.fromPem(body)).isEqualTo(key);
        assertThatIllegalArgumentException().isThrownBy(() -> VerificationKey.fromPem("not base64 !"));
    }

    @Test
    void aKeyOnAnotherCurveIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp384r1"));
        ECPublicKey p384 = (ECPublicKey) generator.generateKeyPair().getPublic();

        assertThatIllegalArgumentException().isThrownBy(() -> VerificationKey.of(p384));
    }

    @Test
    void aRingRefusesDuplicateKidsAndNeverDropsItsCurrentKey() {
        SigningKey current = SigningKey.generate();
        SigningKeyRing ring = SigningKeyRing.of(current);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> SigningKeyRing.of(current, List.of(current.verificationKey())));
        assertThatIllegalArgumentException().isThrownBy(() -> ring.without(current.kid()));
        assertThat(ring.find(null)).isEmpty();
        assertThat(ring.find(current.kid())).contains(current.verificationKey());
    }
}
