package io.finguard.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
    void pemWithoutBothBlocksOrWithBlocksOfTwoDifferentKeysIsRefused() {
        String first = SigningKey.generate().toPem();
        String second = SigningKey.generate().toPem();
        String privateOfFirst = first.substring(0, first.indexOf("-----BEGIN PUBLIC KEY-----"));
        String publicOfSecond = second.substring(second.indexOf("-----BEGIN PUBLIC KEY-----"));

        for (String pem : List.of(privateOfFirst, publicOfSecond, "", "not pem at all",
                privateOfFirst + publicOfSecond)) {
            assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPem(pem));
        }
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
