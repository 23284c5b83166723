package io.finguard.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.SigningKeyRing;
import io.finguard.adapters.crypto.token.Es256TokenIssuer;
import io.finguard.adapters.crypto.token.TokenConfig;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.token.AccessClaims;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The native provider goes first on this platform (Linux x86-64, as CI), and what it produces is what the JDK's own
 * providers and a third-party JOSE library accept, and the other way round, for every primitive FinGuard asks the
 * JCA for: ES256, HMAC-SHA256, AES-256-GCM.
 */
class CryptoProvidersTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Provider SUN_EC = Security.getProvider("SunEC");
    private static final Provider SUN_JCE = Security.getProvider("SunJCE");

    @BeforeAll
    static void install() {
        assertThat(CryptoProviders.installFastest()).isEmpty();
    }

    @Test
    void theNativeProviderIsFirstForEs256AndInstallingAgainChangesNothing() throws Exception {
        assertThat(Signature.getInstance("SHA256withECDSA").getProvider().getName()).isEqualTo("AmazonCorrettoCryptoProvider");
        int before = Security.getProviders().length;

        assertThat(CryptoProviders.installFastest()).isEmpty();

        assertThat(Security.getProviders()).hasSize(before);
        assertThat(Security.getProviders()[0].getName()).isEqualTo("AmazonCorrettoCryptoProvider");
    }

    @Test
    void anAccessTokenSignedNativelyVerifiesWithNimbusOnTheJdkProvider() throws Exception {
        SigningKey key = SigningKey.generate();
        Instant now = Instant.now();
        String token = new Es256TokenIssuer(TokenConfig.of("https://auth.finguard.test", "finguard-api"),
                SigningKeyRing.of(key)).issueAccessToken(new AccessClaims(UserId.of(UUID.randomUUID()),
                FamilyId.of(UUID.randomUUID()), EnumSet.of(Scope.PROFILE_READ), Tier.FULL, AssuranceLevel.AAL2,
                EnumSet.of(AuthMethod.SMS, AuthMethod.PIN), now, now, now.plus(Duration.ofMinutes(10)),
                UUID.randomUUID().toString())).value();

        ECDSAVerifier jdk = new ECDSAVerifier(key.publicKey());
        jdk.getJCAContext().setProvider(SUN_EC);
        assertThat(SignedJWT.parse(token).verify(jdk)).isTrue();
    }

    @Test
    void aTokenSignedByTheJdkProviderVerifiesThroughTheNativeOne() throws Exception {
        SigningKey key = SigningKey.generate();
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), new JWTClaimsSet.Builder().subject("s")
                .expirationTime(Date.from(now.plusSeconds(60))).build());
        ECDSASigner jdk = new ECDSASigner(key.privateKey());
        jdk.getJCAContext().setProvider(SUN_EC);
        jwt.sign(jdk);

        assertThat(jwt.verify(new ECDSAVerifier(key.publicKey()))).isTrue();
        assertThat(new ECDSAVerifier(key.publicKey()).getJCAContext().getProvider()).isNull();
    }

    @Test
    void es256SignaturesCrossBetweenProvidersBothWaysAndATamperedMessageFails() throws Exception {
        SigningKey key = SigningKey.generate();
        for (int i = 0; i < 50; i++) {
            byte[] message = new byte[1 + RANDOM.nextInt(500)];
            RANDOM.nextBytes(message);
            byte[] nativeSignature = sign(Signature.getInstance("SHA256withECDSA"), key, message);
            byte[] jdkSignature = sign(Signature.getInstance("SHA256withECDSA", SUN_EC), key, message);

            assertThat(verify(Signature.getInstance("SHA256withECDSA", SUN_EC), key, message, nativeSignature)).isTrue();
            assertThat(verify(Signature.getInstance("SHA256withECDSA"), key, message, jdkSignature)).isTrue();
            message[0] ^= 1;
            assertThat(verify(Signature.getInstance("SHA256withECDSA"), key, message, jdkSignature)).isFalse();
        }
    }

    @Test
    void hmacSha256AndAesGcmGiveTheJdkProvidersResults() throws Exception {
        byte[] key = new byte[32];
        byte[] nonce = new byte[12];
        byte[] message = new byte[777];
        RANDOM.nextBytes(key);
        RANDOM.nextBytes(nonce);
        RANDOM.nextBytes(message);
        SecretKeySpec hmacKey = new SecretKeySpec(key, "HmacSHA256");
        Mac nativeMac = Mac.getInstance("HmacSHA256");
        Mac jdkMac = Mac.getInstance("HmacSHA256", SUN_JCE);
        nativeMac.init(hmacKey);
        jdkMac.init(hmacKey);
        assertThat(nativeMac.getProvider().getName()).isEqualTo("AmazonCorrettoCryptoProvider");
        assertThat(nativeMac.doFinal(message)).isEqualTo(jdkMac.doFinal(message));

        SecretKeySpec aesKey = new SecretKeySpec(key, "AES");
        Cipher sealing = Cipher.getInstance("AES/GCM/NoPadding");
        sealing.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(128, nonce));
        sealing.updateAAD(nonce);
        byte[] sealed = sealing.doFinal(message);
        Cipher opening = Cipher.getInstance("AES/GCM/NoPadding", SUN_JCE);
        opening.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(128, nonce));
        opening.updateAAD(nonce);
        assertThat(sealing.getProvider().getName()).isEqualTo("AmazonCorrettoCryptoProvider");
        assertThat(opening.doFinal(sealed)).isEqualTo(message);
    }

    private static byte[] sign(Signature signature, SigningKey key, byte[] message) throws Exception {
        signature.initSign(key.privateKey());
        signature.update(message);
        return signature.sign();
    }

    private static boolean verify(Signature signature, SigningKey key, byte[] message, byte[] signed) throws Exception {
        signature.initVerify(key.publicKey());
        signature.update(message);
        return signature.verify(signed);
    }
}
