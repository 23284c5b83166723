package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.fixtures.SoftAuthenticator;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.port.in.BeginPasskeyRegistration;
import io.finguard.domain.port.in.BeginPasskeyStepUp;
import io.finguard.domain.port.in.ListPasskeys;
import io.finguard.domain.port.in.RegisterPasskey;
import io.finguard.domain.port.in.RemovePasskey;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.StepUpWithPasskey;
import io.finguard.domain.port.out.PasskeyAssertions;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.token.AccessClaims;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Passkeys through the real use cases over the in-memory twins, with the test authenticator as the browser: register
 * after a fresh step-up, step up with the passkey, and every way an assertion is refused.
 */
class PasskeyJourneyTest {
    private static final String PHONE = "+4915112345678";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");

    private final Harness h = new Harness();
    private final SoftAuthenticator authenticator = new SoftAuthenticator(Harness.RP_ID, Harness.ORIGIN);

    /** A member whose session was just raised to AAL2 with the PIN. */
    private AccessClaims freshMember() {
        AccessClaims first = h.claims(h.signUp(PHONE, "phone-1").tokens());
        StepUp.Result raised = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(first.subject(), first.session()),
                AuthMethod.PIN, Harness.PIN, CLIENT));
        return h.claims(((StepUp.Result.SteppedUp) raised).login().tokens());
    }

    private RegisterPasskey.Result register(AccessClaims caller, SoftAuthenticator with) {
        var options = (BeginPasskeyRegistration.Result.Options) h.app.beginPasskeyRegistration()
                .begin(new BeginPasskeyRegistration.Command(caller));
        return h.app.registerPasskey().register(new RegisterPasskey.Command(caller, " laptop ", with.register(options.challenge())));
    }

    private Challenge stepUpChallenge(AccessClaims caller) {
        var options = h.app.beginPasskeyStepUp().begin(new BeginPasskeyStepUp.Command(session(caller)));
        return ((BeginPasskeyStepUp.Result.Options) options).challenge();
    }

    private StepUpWithPasskey.Result stepUp(AccessClaims caller, PasskeyAssertion assertion) {
        return h.app.stepUpWithPasskey().stepUp(new StepUpWithPasskey.Command(session(caller), assertion, CLIENT));
    }

    private static StepUp.Subject session(AccessClaims caller) {
        return new StepUp.Subject.ViaSession(caller.subject(), caller.session());
    }

    @Test
    void aRegisteredPasskeyRaisesTheSessionToAal2WithProofOfPossession() {
        AccessClaims caller = freshMember();
        assertThat(register(caller, authenticator)).isInstanceOfSatisfying(RegisterPasskey.Result.Registered.class,
                registered -> assertThat(registered.passkey().name()).isEqualTo("laptop"));

        StepUpWithPasskey.Result result = stepUp(caller, authenticator.assertion(stepUpChallenge(caller)));

        assertThat(result).isInstanceOf(StepUpWithPasskey.Result.SteppedUp.class);
        AccessClaims raised = h.claims(((StepUpWithPasskey.Result.SteppedUp) result).login().tokens());
        assertThat(raised.acr()).isEqualTo(AssuranceLevel.AAL2);
        assertThat(raised.amr()).containsExactlyInAnyOrder(AuthMethod.SMS, AuthMethod.PASSKEY);
        assertThat(raised.session()).isNotEqualTo(caller.session());
        assertThat(h.db.transactions().inTransaction(() -> h.db.sessions().lock(caller.session()))).get()
                .isInstanceOf(RefreshFamily.Revoked.class);
        var listed = (ListPasskeys.Result.Listed) h.app.listPasskeys().list(new ListPasskeys.Command(raised));
        assertThat(listed.passkeys()).singleElement().satisfies(p -> assertThat(p.lastUsedAt()).contains(h.clock.instant()));
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(caller.subject().toString(), 50)))
                .extracting(AuditEvent::type).contains(AuditType.PASSKEY_REGISTERED, AuditType.STEP_UP_SUCCEEDED);
    }

    @Test
    void aLoginThatNeedsStepUpIsFinishedByAPasskeyOnTheTicketsDevice() {
        AccessClaims caller = freshMember();
        register(caller, authenticator);
        var ticket = new StepUp.Subject.ViaTicket(caller.subject(), Optional.of(new DeviceId("tablet")));
        var options = (BeginPasskeyStepUp.Result.Options) h.app.beginPasskeyStepUp().begin(new BeginPasskeyStepUp.Command(ticket));

        StepUpWithPasskey.Result result = h.app.stepUpWithPasskey().stepUp(new StepUpWithPasskey.Command(ticket,
                authenticator.assertion(options.challenge()), CLIENT));

        AccessClaims session = h.claims(((StepUpWithPasskey.Result.SteppedUp) result).login().tokens());
        assertThat(h.db.transactions().inTransaction(() -> h.db.sessions().lock(session.session()))).get()
                .extracting(family -> family.facts().device()).isEqualTo(Optional.of(new DeviceId("tablet")));
    }

    @Test
    void registeringNeedsAStepUpWithinTheLastFiveMinutes() {
        AccessClaims caller = freshMember();
        h.clock.advance(Duration.ofMinutes(6));

        assertThat(h.app.beginPasskeyRegistration().begin(new BeginPasskeyRegistration.Command(caller)))
                .isEqualTo(new BeginPasskeyRegistration.Result.StepUpRequired());
    }

    @Test
    void anAnsweredOrExpiredChallengeCannotBeAnsweredAgain() {
        AccessClaims caller = freshMember();
        register(caller, authenticator);
        PasskeyAssertion first = authenticator.assertion(stepUpChallenge(caller));
        assertThat(stepUp(caller, first)).isInstanceOf(StepUpWithPasskey.Result.SteppedUp.class);

        assertThat(stepUp(caller, first)).as("replayed").isEqualTo(new StepUpWithPasskey.Result.Refused(PasskeyRefusal.CHALLENGE_MISSING));
        Challenge late = stepUpChallenge(caller);
        h.clock.advance(Duration.ofMinutes(3));
        assertThat(stepUp(caller, authenticator.assertion(late))).as("expired")
                .isEqualTo(new StepUpWithPasskey.Result.Refused(PasskeyRefusal.CHALLENGE_MISSING));
    }

    @Test
    void aReplayedAssertionAgainstANewChallengeIsTheWrongChallenge() {
        AccessClaims caller = freshMember();
        register(caller, authenticator);
        PasskeyAssertion old = authenticator.assertion(stepUpChallenge(caller));
        stepUpChallenge(caller);

        assertThat(stepUp(caller, old)).isEqualTo(new StepUpWithPasskey.Result.Refused(PasskeyRefusal.WRONG_CHALLENGE));
    }

    @Test
    void anAssertionFromAnotherOriginIsRefusedAndSpendsTheChallenge() {
        AccessClaims caller = freshMember();
        register(caller, authenticator);
        Challenge challenge = stepUpChallenge(caller);

        assertThat(stepUp(caller, authenticator.atOrigin("https://phish.localhost").assertion(challenge)))
                .isEqualTo(new StepUpWithPasskey.Result.Refused(PasskeyRefusal.WRONG_ORIGIN));
        assertThat(stepUp(caller, authenticator.atOrigin(Harness.ORIGIN).assertion(challenge)))
                .isEqualTo(new StepUpWithPasskey.Result.Refused(PasskeyRefusal.CHALLENGE_MISSING));
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(caller.subject().toString(), 50)))
                .filteredOn(e -> e.type() == AuditType.STEP_UP_FAILED)
                .extracting(e -> e.details().get("reason")).contains("passkey_wrong_origin", "passkey_challenge_missing");
    }

    @Test
    void aCounterThatGoesBackIsRefusedAsAClone() {
        AccessClaims caller = freshMember();
        register(caller, authenticator);
        assertThat(stepUp(caller, authenticator.assertion(stepUpChallenge(caller)))).isInstanceOf(StepUpWithPasskey.Result.SteppedUp.class);
        AccessClaims again = freshMember2(caller);

        authenticator.counterAt(0);

        assertThat(stepUp(again, authenticator.assertion(stepUpChallenge(again))))
                .isEqualTo(new StepUpWithPasskey.Result.Refused(PasskeyRefusal.SIGN_COUNT_REGRESSED));
    }

    /** The newest session of the caller's user (the first was replaced by the passkey step-up). */
    private AccessClaims freshMember2(AccessClaims replaced) {
        var result = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(replaced.subject(), Optional.empty()),
                AuthMethod.PIN, Harness.PIN, CLIENT));
        return h.claims(((StepUp.Result.SteppedUp) result).login().tokens());
    }

    @Test
    void aPasskeyOfAnotherUserOrAnUnverifiedUserIsRefused() {
        AccessClaims caller = freshMember();
        register(caller, authenticator);
        SoftAuthenticator stranger = new SoftAuthenticator(Harness.RP_ID, Harness.ORIGIN);

        assertThat(stepUp(caller, stranger.assertion(stepUpChallenge(caller))))
                .isEqualTo(new StepUpWithPasskey.Result.Refused(PasskeyRefusal.UNKNOWN));
        assertThat(stepUp(caller, authenticator.verifyingUser(false).assertion(stepUpChallenge(caller))))
                .isEqualTo(new StepUpWithPasskey.Result.Refused(PasskeyRefusal.USER_NOT_VERIFIED));
    }

    @Test
    void theSameCredentialIsNotRegisteredTwiceAndARegistrationChallengeIsSingleUse() {
        AccessClaims caller = freshMember();
        register(caller, authenticator);

        assertThat(register(caller, authenticator)).isEqualTo(new RegisterPasskey.Result.Refused(PasskeyRefusal.ALREADY_REGISTERED));
        assertThat(h.app.registerPasskey().register(new RegisterPasskey.Command(caller, "again",
                new SoftAuthenticator(Harness.RP_ID, Harness.ORIGIN).register(Challenge.of(new byte[32])))))
                .isEqualTo(new RegisterPasskey.Result.Refused(PasskeyRefusal.CHALLENGE_MISSING));
    }

    @Test
    void aRemovedPasskeyLeavesNothingToStepUpWith() {
        AccessClaims caller = freshMember();
        var registered = (RegisterPasskey.Result.Registered) register(caller, authenticator);

        assertThat(h.app.removePasskey().remove(new RemovePasskey.Command(caller, registered.passkey().id())))
                .isEqualTo(new RemovePasskey.Result.Removed());
        assertThat(h.app.removePasskey().remove(new RemovePasskey.Command(caller, registered.passkey().id())))
                .isEqualTo(new RemovePasskey.Result.NotFound());
        assertThat(h.app.beginPasskeyStepUp().begin(new BeginPasskeyStepUp.Command(session(caller))))
                .isEqualTo(new BeginPasskeyStepUp.Result.NoPasskeys());
    }

    /** What a transaction authorisation does: the passkey signs the transaction's digest, once. */
    @Test
    void passkeyAssertionsVerifyACallerGivenChallengeSuchAsATransactionDigest() throws Exception {
        AccessClaims caller = freshMember();
        register(caller, authenticator);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("pay 12.00 EUR to Bob".getBytes(StandardCharsets.UTF_8));
        byte[] other = MessageDigest.getInstance("SHA-256").digest("pay 9000.00 EUR to Eve".getBytes(StandardCharsets.UTF_8));
        PasskeyAssertion signed = authenticator.assertion(digest);
        PasskeyAssertions assertions = h.app.passkeyAssertions();

        assertThat(h.db.transactions().inTransaction(() -> assertions.verify(caller.subject(), signed, other)))
                .isEqualTo(new PasskeyAssertions.Verdict.Refused(PasskeyRefusal.WRONG_CHALLENGE));
        assertThat(h.db.transactions().inTransaction(() -> assertions.verify(caller.subject(), signed, digest)))
                .isInstanceOfSatisfying(PasskeyAssertions.Verdict.Verified.class, v -> assertThat(v.signCount()).isEqualTo(1));
        assertThat(h.db.transactions().inTransaction(() -> assertions.verify(caller.subject(), signed, digest)))
                .as("the same signed payment presented twice").isEqualTo(new PasskeyAssertions.Verdict.Refused(PasskeyRefusal.SIGN_COUNT_REGRESSED));
    }

    /** As with a PIN or password: a passkey step-up by a DPoP key makes it a known device and binds the new session. */
    @Test
    void aPasskeyStepUpByADpopKeyBindsTheNewSessionAndKnowsTheDevice() {
        AccessClaims caller = freshMember();
        register(caller, authenticator);
        KeyThumbprint key = new KeyThumbprint("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I");

        StepUpWithPasskey.Result result = h.app.stepUpWithPasskey().stepUp(new StepUpWithPasskey.Command(session(caller),
                authenticator.assertion(stepUpChallenge(caller)), CLIENT, Optional.of(key)));

        AccessClaims raised = h.claims(((StepUpWithPasskey.Result.SteppedUp) result).login().tokens());
        assertThat(raised.boundKey()).contains(key);
        assertThat(h.db.transactions().inTransaction(() -> h.db.knownKeys().of(caller.subject())))
                .extracting(device -> device.key()).contains(key);
    }
}
