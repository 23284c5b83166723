package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SoftAuthenticator;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.CoseKey;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.port.out.WebAuthnCeremonies;
import io.finguard.domain.port.out.WebAuthnCeremonies.Assertion;
import io.finguard.domain.port.out.WebAuthnCeremonies.Registration;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebAuthnCeremonies} does for the relying party {@code localhost} at {@code http://localhost:8080}:
 * accepts a {@link SoftAuthenticator}'s registration and assertions, and refuses a wrong origin, RP id, challenge or
 * ceremony type, an unverified user and a signature that does not match.
 */
public abstract class WebAuthnCeremoniesContract {
    protected static final String RP_ID = "localhost";
    protected static final String ORIGIN = "http://localhost:8080";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The implementation under test, for {@link #RP_ID} and the given origins. */
    protected abstract WebAuthnCeremonies ceremonies(String rpId, Set<String> origins);

    private WebAuthnCeremonies ceremonies;
    private SoftAuthenticator authenticator;

    @BeforeEach
    void freshCeremonies() {
        ceremonies = ceremonies(RP_ID, Set.of(ORIGIN, "http://localhost:3000"));
        authenticator = new SoftAuthenticator(RP_ID, ORIGIN);
    }

    static Challenge challenge() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Challenge.of(bytes);
    }

    private CoseKey registered() {
        Challenge challenge = challenge();
        return ((Registration.Valid) ceremonies.register(authenticator.register(challenge), challenge)).publicKey();
    }

    @Test
    void aRegistrationGivesTheCredentialItsKeyAndItsCounter() {
        Challenge challenge = challenge();

        Registration result = ceremonies.register(authenticator.register(challenge), challenge);

        assertThat(result).isInstanceOfSatisfying(Registration.Valid.class, valid -> {
            assertThat(valid.credential()).isEqualTo(authenticator.credential());
            assertThat(valid.signCount()).isZero();
            Challenge next = challenge();
            assertThat(ceremonies.assertion(authenticator.assertion(next), valid.publicKey(), next)).isEqualTo(new Assertion.Valid(1));
        });
    }

    @Test
    void aRegistrationIsRefusedForAnotherChallengeOriginRpIdOrAnUnverifiedUser() {
        Challenge challenge = challenge();
        assertThat(ceremonies.register(authenticator.register(challenge()), challenge))
                .isEqualTo(new Registration.Refused(PasskeyRefusal.WRONG_CHALLENGE));
        assertThat(ceremonies.register(new SoftAuthenticator(RP_ID, "http://evil.localhost:8080").register(challenge), challenge))
                .isEqualTo(new Registration.Refused(PasskeyRefusal.WRONG_ORIGIN));
        assertThat(ceremonies.register(new SoftAuthenticator("example.com", ORIGIN).register(challenge), challenge))
                .isEqualTo(new Registration.Refused(PasskeyRefusal.WRONG_RP_ID));
        assertThat(ceremonies.register(new SoftAuthenticator(RP_ID, ORIGIN).verifyingUser(false).register(challenge), challenge))
                .isEqualTo(new Registration.Refused(PasskeyRefusal.USER_NOT_VERIFIED));
    }

    @Test
    void anAssertionIsNotARegistration() {
        Challenge challenge = challenge();
        PasskeyAssertion assertion = authenticator.assertion(challenge);
        var asRegistration = new io.finguard.domain.passkey.PasskeyAttestation(assertion.clientDataJson(),
                assertion.authenticatorData(), java.util.List.of());

        assertThat(ceremonies.register(asRegistration, challenge)).isEqualTo(new Registration.Refused(PasskeyRefusal.INVALID));
    }

    @Test
    void aValidAssertionGivesTheAuthenticatorsCounter() {
        CoseKey key = registered();
        Challenge challenge = challenge();

        assertThat(ceremonies.assertion(authenticator.assertion(challenge), key, challenge)).isEqualTo(new Assertion.Valid(1));
        assertThat(ceremonies.assertion(authenticator.assertion(challenge), key, challenge)).isEqualTo(new Assertion.Valid(2));
    }

    @Test
    void anAssertionFromAnotherConfiguredOriginIsAccepted() {
        CoseKey key = registered();
        Challenge challenge = challenge();

        assertThat(ceremonies.assertion(authenticator.atOrigin("http://localhost:3000").assertion(challenge), key, challenge))
                .isInstanceOf(Assertion.Valid.class);
    }

    @Test
    void anAssertionIsRefusedForAnotherChallenge() {
        CoseKey key = registered();

        assertThat(ceremonies.assertion(authenticator.assertion(challenge()), key, challenge()))
                .isEqualTo(new Assertion.Refused(PasskeyRefusal.WRONG_CHALLENGE));
    }

    @Test
    void anAssertionIsRefusedForAnOriginThatIsNotConfigured() {
        CoseKey key = registered();
        Challenge challenge = challenge();

        assertThat(ceremonies.assertion(authenticator.atOrigin("http://localhost:9999").assertion(challenge), key, challenge))
                .isEqualTo(new Assertion.Refused(PasskeyRefusal.WRONG_ORIGIN));
    }

    @Test
    void anAssertionIsRefusedForAnotherRpId() {
        CoseKey key = registered();
        Challenge challenge = challenge();

        assertThat(ceremonies.assertion(authenticator.forRpId("example.com").assertion(challenge), key, challenge))
                .isEqualTo(new Assertion.Refused(PasskeyRefusal.WRONG_RP_ID));
    }

    @Test
    void anAssertionWithoutUserVerificationIsRefused() {
        CoseKey key = registered();
        Challenge challenge = challenge();

        assertThat(ceremonies.assertion(authenticator.verifyingUser(false).assertion(challenge), key, challenge))
                .isEqualTo(new Assertion.Refused(PasskeyRefusal.USER_NOT_VERIFIED));
    }

    @Test
    void anAssertionSignedByAnotherKeyOrTamperedWithIsRefused() {
        CoseKey key = registered();
        Challenge challenge = challenge();
        PasskeyAssertion other = new SoftAuthenticator(RP_ID, ORIGIN).assertion(challenge);
        PasskeyAssertion genuine = authenticator.assertion(challenge);
        byte[] data = genuine.authenticatorData();
        data[36] ^= 0x10;
        PasskeyAssertion tampered = new PasskeyAssertion(genuine.credential(), genuine.clientDataJson(), data,
                genuine.signature(), Optional.empty());

        assertThat(ceremonies.assertion(other, key, challenge)).isEqualTo(new Assertion.Refused(PasskeyRefusal.INVALID));
        assertThat(ceremonies.assertion(tampered, key, challenge)).isEqualTo(new Assertion.Refused(PasskeyRefusal.INVALID));
    }

    @Test
    void aRegistrationIsNotAnAssertion() {
        CoseKey key = registered();
        Challenge challenge = challenge();
        var registration = authenticator.register(challenge);
        var asAssertion = new PasskeyAssertion(authenticator.credential(), registration.clientDataJson(),
                authenticator.assertion(challenge).authenticatorData(), authenticator.assertion(challenge).signature(), Optional.empty());

        assertThat(ceremonies.assertion(asAssertion, key, challenge)).isEqualTo(new Assertion.Refused(PasskeyRefusal.INVALID));
    }
}
