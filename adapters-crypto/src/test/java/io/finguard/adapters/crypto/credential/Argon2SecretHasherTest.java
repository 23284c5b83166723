package io.finguard.adapters.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.port.out.SecretMatch;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Argon2SecretHasherTest {
    static final byte[] PEPPER_1 = "pepper-one-pepper-one-pepper-one!".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PEPPER_2 = "pepper-two-pepper-two-pepper-two!".getBytes(StandardCharsets.US_ASCII);
    static final HmacKeyRing RING_1 = HmacKeyRing.single("p1", PEPPER_1);
    /** Cheap parameters for hashes made "before an upgrade". */
    static final Argon2Params OLD_PARAMS = new Argon2Params(8_192, 1, 1);

    static final Argon2Engine ENGINE = Argon2Engine.fastest();

    private final Argon2SecretHasher hasher = new Argon2SecretHasher(SecretHashingConfig.defaults(RING_1));

    @Test
    void aHashRecordsPepperIdAndOwaspParametersWithA16ByteSaltAndA32ByteOutput() {
        String encoded = hasher.hash("correct horse battery staple").encoded();

        String[] fields = encoded.split("\\$", -1);
        assertThat(fields).hasSize(8);
        assertThat(fields[0]).isEmpty();
        assertThat(fields[1]).isEqualTo("fg");
        assertThat(fields[2]).isEqualTo("p=p1");
        assertThat(fields[3]).isEqualTo("argon2id");
        assertThat(fields[4]).isEqualTo("v=19");
        assertThat(fields[5]).isEqualTo("m=19456,t=2,p=1");
        assertThat(Base64.getDecoder().decode(fields[6])).hasSize(16);
        assertThat(Base64.getDecoder().decode(fields[7])).hasSize(32);
    }

    @Test
    void thePepperIsAnHmacOfTheSecretFedToArgon2_soTheDatabaseAloneCannotCheckAGuess() {
        String secret = "correct horse battery staple";
        String[] fields = hasher.hash(secret).encoded().split("\\$", -1);
        byte[] salt = Base64.getDecoder().decode(fields[6]);
        byte[] stored = Base64.getDecoder().decode(fields[7]);

        byte[] unpeppered = ENGINE.argon2id(Argon2Params.OWASP_MINIMUM,
                secret.getBytes(StandardCharsets.UTF_8), salt, 32);
        byte[] peppered = ENGINE.argon2id(Argon2Params.OWASP_MINIMUM,
                RING_1.macWithCurrent(secret.getBytes(StandardCharsets.UTF_8)), salt, 32);

        assertThat(stored).isNotEqualTo(unpeppered).isEqualTo(peppered);
    }

    @Test
    void theRightSecretMatchesWithoutRehashAndAWrongOneDoesNot() {
        HashedSecret stored = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", stored))
                .isEqualTo(new SecretMatch.Matches(Optional.empty()));
        assertThat(hasher.verify("correct horse battery stapler", stored)).isEqualTo(new SecretMatch.Mismatch());
        assertThat(hasher.verify("", stored)).isEqualTo(new SecretMatch.Mismatch());
    }

    @Test
    void theSameSecretHashesDifferentlyEachTime() {
        assertThat(hasher.hash("123456").encoded()).isNotEqualTo(hasher.hash("123456").encoded());
    }

    @Test
    void secretsAreComparedAfterNfkcNormalisation() {
        HashedSecret stored = hasher.hash("\uFB01ne \uFF11\uFF12\uFF13"); // "ﬁne １２３": ligature and full-width digits

        assertThat(hasher.verify("fine 123", stored).matches()).isTrue();
    }

    @Test
    void aHashUnderAnOlderPepperStillMatchesThroughTheRingAndIsRehashedOnce() {
        HashedSecret old = hasher.hash("correct horse battery staple");
        HmacKeyRing rotated = HmacKeyRing.of("p2", Map.of("p1", PEPPER_1, "p2", PEPPER_2));
        var upgraded = new Argon2SecretHasher(SecretHashingConfig.defaults(rotated));

        SecretMatch match = upgraded.verify("correct horse battery staple", old);

        assertThat(match).isInstanceOf(SecretMatch.Matches.class);
        HashedSecret rehashed = ((SecretMatch.Matches) match).rehashed().orElseThrow();
        assertThat(rehashed.encoded()).startsWith("$fg$p=p2$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(upgraded.verify("correct horse battery staple", rehashed))
                .isEqualTo(new SecretMatch.Matches(Optional.empty()));
        assertThat(upgraded.verify("wrong", old)).isEqualTo(new SecretMatch.Mismatch());
    }

    @Test
    void aHashWithOutdatedParametersIsRehashedWithTheCurrentOnes() {
        var before = new Argon2SecretHasher(SecretHashingConfig.defaults(RING_1).withParams(OLD_PARAMS));
        HashedSecret old = before.hash("correct horse battery staple");
        assertThat(old.encoded()).contains("$m=8192,t=1,p=1$");

        SecretMatch match = hasher.verify("correct horse battery staple", old);

        HashedSecret rehashed = ((SecretMatch.Matches) match).rehashed().orElseThrow();
        assertThat(rehashed.encoded()).contains("$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse battery staple", rehashed))
                .isEqualTo(new SecretMatch.Matches(Optional.empty()));
    }

    @Test
    void aHashUnderAPepperNoLongerInTheRingNeverMatches() {
        HashedSecret stored = hasher.hash("correct horse battery staple");
        var withoutP1 = new Argon2SecretHasher(SecretHashingConfig.defaults(HmacKeyRing.single("p2", PEPPER_2)));

        assertThat(withoutP1.verify("correct horse battery staple", stored)).isEqualTo(new SecretMatch.Mismatch());
    }

    @Test
    void malformedStoredTextIsAMismatchNotAnException() {
        String good = hasher.hash("secret-secret").encoded();
        String[] broken = {
            "garbage",
            good.substring("$fg$p=p1".length()), // bare PHC string without our prefix
            good.replace("$argon2id$", "$argon2i$"),
            good.replace("$v=19$", "$v=16$"),
            good.replace("m=19456", "m=999999999"),
            good.replace("t=2", "t=0"),
            good.replace("m=19456,t=2,p=1", "m=19456,p=1,t=2"),
            good + "$",
            good.substring(0, good.length() - 30),
            good.substring(0, good.lastIndexOf('$')) + "$AAAA",
            good.substring(0, good.lastIndexOf('$')) + "$" + "A".repeat(43) + "!",
            good.replace("$p=p1$", "$p=$"),
        };
        for (String text : broken) {
            assertThat(hasher.verify("secret-secret", new HashedSecret(text))).as(text)
                    .isEqualTo(new SecretMatch.Mismatch());
        }
        assertThat(hasher.verify("secret-secret", new HashedSecret(good)).matches()).isTrue();
    }

    @Test
    void verifyDummyCompletesWithoutAStoredHash() {
        hasher.verifyDummy("any secret at all");

        assertThat(hasher.inFlight()).isZero();
        assertThat(hasher.timeoutCount()).isZero();
    }

    @Test
    void aHashMadeByOneEngineVerifiesWithTheOther_soStoredHashesSurviveAChangeOfPlatform() {
        SecretHashingConfig config = SecretHashingConfig.defaults(RING_1);
        Argon2SecretHasher pureJava = new Argon2SecretHasher(config, new JavaArgon2());
        Argon2SecretHasher nativeOrBest = new Argon2SecretHasher(config, ENGINE);

        HashedSecret byJava = pureJava.hash("correct horse battery staple");
        HashedSecret byNative = nativeOrBest.hash("correct horse battery staple");

        assertThat(nativeOrBest.verify("correct horse battery staple", byJava))
                .isEqualTo(new SecretMatch.Matches(Optional.empty()));
        assertThat(pureJava.verify("correct horse battery staple", byNative))
                .isEqualTo(new SecretMatch.Matches(Optional.empty()));
        assertThat(pureJava.verify("Correct horse battery staple", byNative)).isInstanceOf(SecretMatch.Mismatch.class);
        assertThat(nativeOrBest.runsNatively()).isTrue();
        assertThat(pureJava.runsNatively()).isFalse();
    }
}
