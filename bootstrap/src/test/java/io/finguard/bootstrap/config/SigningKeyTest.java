package io.finguard.bootstrap.config;

import static io.finguard.bootstrap.config.Configs.problems;
import static io.finguard.bootstrap.config.Configs.valid;
import static io.finguard.bootstrap.config.ServeEnvironment.pem;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    @Test
    void aPrivateKeyAloneIsEnoughBecauseItsPublicKeyIsDerived() {
        KeyPair pair = ServeEnvironment.p256();
        String privateOnly = pem("PRIVATE KEY", pair.getPrivate().getEncoded());

        TokenSettings tokens = valid(ServeEnvironment.with("FINGUARD_SIGNING_KEY", privateOnly), Mode.SERVE).tokens();

        ECPublicKey expected = (ECPublicKey) pair.getPublic();
        assertThat(tokens.publicKey().getW()).isEqualTo(expected.getW());
        assertThat(tokens.privateKey().getS()).isEqualTo(((java.security.interfaces.ECPrivateKey) pair.getPrivate()).getS());
    }

    @Test
    void derivationFindsTheRightSignOfYForManyKeys() {
        for (int i = 0; i < 20; i++) {
            KeyPair pair = ServeEnvironment.p256();
            String privateOnly = pem("PRIVATE KEY", pair.getPrivate().getEncoded());

            TokenSettings tokens = valid(ServeEnvironment.with("FINGUARD_SIGNING_KEY", privateOnly), Mode.SERVE).tokens();

            assertThat(tokens.publicKey().getW()).isEqualTo(((ECPublicKey) pair.getPublic()).getW());
        }
    }

    @Test
    void aPemWithEscapedNewlinesAsInAnEnvFileIsAccepted() {
        Map<String, String> env = ServeEnvironment.valid();
        env.put("FINGUARD_SIGNING_KEY", env.get("FINGUARD_SIGNING_KEY").replace("\n", "\\n"));

        assertThat(valid(env, Mode.SERVE).tokens().keyId()).isEqualTo("2026-01");
    }

    @Test
    void aPublicKeyOfAnotherPairIsRefused() {
        String mismatched = pem("PRIVATE KEY", ServeEnvironment.p256().getPrivate().getEncoded())
                + pem("PUBLIC KEY", ServeEnvironment.p256().getPublic().getEncoded());

        assertThat(problems(ServeEnvironment.with("FINGUARD_SIGNING_KEY", mismatched), Mode.SERVE)).containsExactly(
                "FINGUARD_SIGNING_KEY: the PUBLIC KEY block does not belong to the private key");
    }

    @Test
    void aKeyOnAnotherCurveIsRefused() {
        String p384 = pem("PRIVATE KEY", ServeEnvironment.ecKeyPair("secp384r1").getPrivate().getEncoded());

        assertThat(problems(ServeEnvironment.with("FINGUARD_SIGNING_KEY", p384), Mode.SERVE)).containsExactly(
                "FINGUARD_SIGNING_KEY: the key is not on curve P-256 (ES256 needs P-256)");
    }

    @Test
    void anRsaKeyIsRefused() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        String rsaPem = pem("PRIVATE KEY", rsa.generateKeyPair().getPrivate().getEncoded());

        assertThat(problems(ServeEnvironment.with("FINGUARD_SIGNING_KEY", rsaPem), Mode.SERVE)).containsExactly(
                "FINGUARD_SIGNING_KEY: the PRIVATE KEY block is not a PKCS#8 EC key");
    }

    @Test
    void aSec1KeyGetsAConversionHint() {
        String sec1 = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END EC PRIVATE KEY-----\n";

        assertThat(problems(ServeEnvironment.with("FINGUARD_SIGNING_KEY", sec1), Mode.SERVE)).singleElement()
                .asString().contains("openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void previousPublicKeysAreReadWithTheirIds() {
        KeyPair old1 = ServeEnvironment.p256();
        KeyPair old2 = ServeEnvironment.p256();
        String entries = "2025-11=" + Base64.getEncoder().encodeToString(old1.getPublic().getEncoded())
                + ", 2025-12=" + pem("PUBLIC KEY", old2.getPublic().getEncoded());

        TokenSettings tokens = valid(ServeEnvironment.with("FINGUARD_PREVIOUS_PUBLIC_KEYS", entries), Mode.SERVE)
                .tokens();

        assertThat(tokens.previousKeys()).extracting(PreviousKey::keyId).containsExactly("2025-11", "2025-12");
        assertThat(tokens.previousKeys().get(1).publicKey().getW()).isEqualTo(((ECPublicKey) old2.getPublic()).getW());
    }

    @Test
    void aPreviousKeyMayNotReuseTheCurrentKeyId() {
        String entry = "2026-01=" + Base64.getEncoder().encodeToString(ServeEnvironment.p256().getPublic().getEncoded());

        assertThat(problems(ServeEnvironment.with("FINGUARD_PREVIOUS_PUBLIC_KEYS", entry), Mode.SERVE))
                .containsExactly("FINGUARD_PREVIOUS_PUBLIC_KEYS: key id '2026-01' is also FINGUARD_SIGNING_KEY_ID");
    }
}
