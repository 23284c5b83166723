package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.InMemoryDpopProofs;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.KnownDevice;
import io.finguard.domain.port.in.CheckDpopProof;
import io.finguard.domain.port.in.ForgetDevice;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sender-constrained sessions as journeys over the in-memory twins: proofs checked and spent once, a bound refresh token
 * useless without its key (and not burnt by the attempt), known devices listed and forgotten.
 */
class DpopJourneyTest {
    private static final String PHONE = "+4915112345678";
    private static final String URL = "https://api.example.test/v1/auth/refresh";
    private final Harness h = new Harness();

    private CheckDpopProof.Result check(String proof) {
        return h.app.checkDpopProof().check(new CheckDpopProof.Command(proof, "POST", URL, Optional.empty()));
    }

    private String proof(KeyThumbprint key, java.time.Instant iat, Optional<String> nonce) {
        return InMemoryDpopProofs.proof(key, "POST", URL, iat, java.util.UUID.randomUUID().toString(), Optional.empty(), nonce);
    }

    @Test
    void aProofIsProvenOnceAndItsReplayIsRefused() {
        KeyThumbprint key = SampleValues.keyThumbprint();
        String proof = proof(key, h.clock.instant(), Optional.empty());

        assertThat(check(proof)).isEqualTo(new CheckDpopProof.Result.Proven(key));
        assertThat(check(proof)).isInstanceOfSatisfying(CheckDpopProof.Result.Refused.class,
                refused -> assertThat(refused.why()).contains("already used"));
    }

    @Test
    void aProofThatGrewStaleIsAnsweredWithANonceAndAProofCarryingItPassesDespiteAnOldIat() {
        KeyThumbprint key = SampleValues.keyThumbprint();
        String proof = proof(key, h.clock.instant(), Optional.empty());
        assertThat(check(proof)).isInstanceOf(CheckDpopProof.Result.Proven.class);

        h.clock.advance(Duration.ofMinutes(2));
        CheckDpopProof.Result replayedLater = check(proof);
        assertThat(replayedLater).isInstanceOf(CheckDpopProof.Result.NonceRequired.class);
        String nonce = ((CheckDpopProof.Result.NonceRequired) replayedLater).nonce();

        assertThat(check(proof(key, h.clock.instant().minus(Duration.ofMinutes(3)), Optional.of(nonce))))
                .isEqualTo(new CheckDpopProof.Result.Proven(key));
    }

    @Test
    void aStolenBoundRefreshTokenGetsNothingAndTheOwnerKeepsTheSession() {
        KeyThumbprint key = SampleValues.keyThumbprint();
        h.signUp(PHONE, "phone-1");
        LoginResult.Authenticated bound = h.logInSteppingUp(PHONE, Optional.of(key));
        String refresh = bound.tokens().refresh().value();

        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(refresh)))
                .isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.KEY_MISMATCH));
        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(refresh, Optional.of(SampleValues.keyThumbprint()))))
                .isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.KEY_MISMATCH));
        RefreshSession.Result owner = h.app.refreshSession().refresh(new RefreshSession.Command(refresh, Optional.of(key)));

        assertThat(owner).isInstanceOfSatisfying(RefreshSession.Result.Refreshed.class, refreshed -> {
            assertThat(refreshed.tokens().bound()).isTrue();
            assertThat(h.claims(refreshed.tokens()).boundKey()).contains(key);
        });
    }

    @Test
    void forgettingADeviceEndsOnlyTheSessionsBoundToItsKeyAndMakesItNewAgain() {
        KeyThumbprint key = SampleValues.keyThumbprint();
        LoginResult.Authenticated unbound = h.signUp(PHONE, "phone-1");
        LoginResult.Authenticated bound = h.logInSteppingUp(PHONE, Optional.of(key));
        AccessClaims claims = h.claims(bound.tokens());
        assertThat(h.app.listDevices().devices(claims.subject())).extracting(KnownDevice::key).containsExactly(key);

        assertThat(h.app.forgetDevice().forget(new ForgetDevice.Command(claims.subject(), key)))
                .isEqualTo(new ForgetDevice.Result.Forgotten(1));

        assertThat(h.app.forgetDevice().forget(new ForgetDevice.Command(claims.subject(), key)))
                .isEqualTo(new ForgetDevice.Result.NotKnown());
        assertThat(h.app.listDevices().devices(claims.subject())).isEmpty();
        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(bound.tokens().refresh().value(), Optional.of(key))))
                .isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(unbound.tokens().refresh().value())))
                .isInstanceOf(RefreshSession.Result.Refreshed.class);
        assertThat(h.enterWithKey(PHONE, "phone-1", key)).isInstanceOf(LoginResult.StepUpRequired.class);
    }
}
