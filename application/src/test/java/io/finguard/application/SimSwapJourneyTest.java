package io.finguard.application;

import static io.finguard.application.Harness.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.policy.StepUpReason;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SIM-swap signal: a swap inside the window (72 h) makes the password the only second factor, holds every
 * transfer until the window ends, and is audited; a network that cannot answer is treated as "step up by password".
 * The network is asked only once the phone is proven, and briefly cached per number.
 */
class SimSwapJourneyTest {
    private static final String ADA = "+4915112345678";
    private static final String BOB = "+4915187654321";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");

    private final Harness h = new Harness();

    /** Ada at FULL tier with 100.00, Bob signed up to receive. */
    private AccessClaims fullAda() {
        LoginResult.Authenticated first = h.signUp(ADA, "ada-phone");
        AccessClaims limited = h.claims(first.tokens());
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc()
                .submit(new SubmitKyc.Command(limited.subject(), new KycDocuments("passport", "X1")))).reference();
        h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true));
        RefreshSession.Result refreshed = h.app.refreshSession().refresh(new RefreshSession.Command(first.tokens().refresh().value()));
        AccessClaims full = h.claims(((RefreshSession.Result.Refreshed) refreshed).tokens());
        h.app.fundAccount().fund(new FundAccount.Command(full.subject(), eur(10_000)));
        h.signUp(BOB, "bob-phone");
        return full;
    }

    private StepUp.Result stepUp(AccessClaims session, AuthMethod method, String secret) {
        return h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(session.subject(), session.session()), method,
                secret, CLIENT));
    }

    private AccessClaims steppedUp(AccessClaims session, AuthMethod method, String secret) {
        StepUp.Result result = stepUp(session, method, secret);
        assertThat(result).isInstanceOf(StepUp.Result.SteppedUp.class);
        return h.claims(((StepUp.Result.SteppedUp) result).login().tokens());
    }

    private List<AuditType> trail(AccessClaims who) {
        return h.db.transactions().inTransaction(() -> h.db.auditLog().recent(who.subject().toString(), 100))
                .stream().map(AuditEvent::type).toList();
    }

    @Test
    void aSwapForcesAPasswordStepUpAndBlocksTransfersUntilTheWindowEnds() {
        AccessClaims ada = fullAda();
        h.simSwap.swapped(PhoneNumber.of(ADA), h.clock.instant().minus(Duration.ofHours(2)));

        assertThat(stepUp(ada, AuthMethod.PIN, Harness.PIN)).isEqualTo(new StepUp.Result.Denied(StepUp.Denial.PASSWORD_REQUIRED));
        AccessClaims strong = steppedUp(ada, AuthMethod.PASSWORD, Harness.PASSWORD);
        assertThat(h.payAuthorised(strong, "k1", BOB, eur(100)))
                .isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.SIM_SWAP_HOLD));
        assertThat(trail(ada)).contains(AuditType.SIM_SWAP_DETECTED, AuditType.TRANSFER_DENIED);

        // 70 hours later the window (72 h after the swap) has ended: a fresh step-up by PIN pays again.
        h.clock.advance(Duration.ofHours(70));
        AccessClaims later = steppedUp(strong, AuthMethod.PIN, Harness.PIN);
        assertThat(h.payAuthorised(later, "k2", BOB, eur(100)))
                .isInstanceOf(CreateTransfer.Result.Completed.class);
    }

    @Test
    void aPinRefusedForTheSwapIsNoGuess_manyOfThemLockNothing() {
        AccessClaims ada = fullAda();
        h.simSwap.swapped(PhoneNumber.of(ADA), h.clock.instant().minus(Duration.ofHours(2)));

        for (int i = 0; i < 8; i++) {
            assertThat(stepUp(ada, AuthMethod.PIN, "000000")).isEqualTo(new StepUp.Result.Denied(StepUp.Denial.PASSWORD_REQUIRED));
        }

        assertThat(stepUp(ada, AuthMethod.PASSWORD, Harness.PASSWORD)).isInstanceOf(StepUp.Result.SteppedUp.class);
    }

    @Test
    void aLoginFromANewDeviceAfterASwapNeedsThePassword() {
        h.signUp(ADA, "ada-phone");
        h.simSwap.swapped(PhoneNumber.of(ADA), h.clock.instant().minus(Duration.ofHours(1)));

        LoginResult login = h.enter(ADA, "thief-phone");

        assertThat(login).isInstanceOfSatisfying(LoginResult.StepUpRequired.class, s -> {
            assertThat(s.reasons()).contains(StepUpReason.SIM_SWAP, StepUpReason.NEW_DEVICE);
            assertThat(s.passwordOnly()).isTrue();
            assertThat(s.releaseTicket()).isEmpty();
        });
    }

    @Test
    void aNetworkThatCannotAnswerFailsSafe_passwordForStepUpAndForMoney() {
        AccessClaims ada = fullAda();
        h.simSwap.down(true);

        assertThat(h.enter(ADA, "new-phone")).isInstanceOfSatisfying(LoginResult.StepUpRequired.class,
                s -> assertThat(s.reasons()).contains(StepUpReason.SIM_SWAP_UNKNOWN));
        assertThat(stepUp(ada, AuthMethod.PIN, Harness.PIN)).isEqualTo(new StepUp.Result.Denied(StepUp.Denial.PASSWORD_REQUIRED));
        AccessClaims byPassword = steppedUp(ada, AuthMethod.PASSWORD, Harness.PASSWORD);
        assertThat(h.payAuthorised(byPassword, "k1", BOB, eur(100)))
                .isInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(trail(ada)).contains(AuditType.SIM_SWAP_UNKNOWN);
    }

    @Test
    void aSessionSteppedUpByPinBeforeTheOutageCannotPayWhileTheNetworkCannotSay() {
        AccessClaims ada = fullAda();
        AccessClaims byPin = steppedUp(ada, AuthMethod.PIN, Harness.PIN);
        h.simSwap.down(true);
        h.clock.advance(Duration.ofSeconds(61));  // past the 60 s the last answer is kept, inside the step-up's 5 min

        assertThat(h.payAuthorised(byPin, "k1", BOB, eur(100)))
                .isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.PASSWORD_STEP_UP_REQUIRED));
    }

    @Test
    void aSwapOlderThanTheWindowChangesNothing() {
        AccessClaims ada = fullAda();
        h.simSwap.swapped(PhoneNumber.of(ADA), h.clock.instant().minus(Duration.ofDays(10)));

        AccessClaims byPin = steppedUp(ada, AuthMethod.PIN, Harness.PIN);
        assertThat(h.payAuthorised(byPin, "k1", BOB, eur(100)))
                .isInstanceOf(CreateTransfer.Result.Completed.class);
    }

    @Test
    void theNetworkIsNeverAskedBeforeThePhoneIsProvenNorForAKnownDeviceLogin() {
        KeyThumbprint adasKey = SampleValues.keyThumbprint();
        h.signUp(ADA, "ada-phone");
        h.logInSteppingUp(ADA, Optional.of(adasKey));
        h.clock.advance(Duration.ofMinutes(2));
        int before = h.simSwap.asked().size();

        h.requestCode(ADA);
        assertThat(h.simSwap.asked()).hasSize(before);
        h.enterWithKey(ADA, "ada-phone", adasKey);
        assertThat(h.simSwap.asked()).hasSize(before);
        h.enter(ADA, "new-phone");
        assertThat(h.simSwap.asked()).hasSize(before + 1);
    }

    @Test
    void answersAreKeptSixtySecondsPerNumberButNoAnswerIsNotKept() {
        AccessClaims ada = h.claims(h.signUp(ADA, "ada-phone").tokens());
        int before = h.simSwap.asked().size();

        AccessClaims again = steppedUp(steppedUp(ada, AuthMethod.PIN, Harness.PIN), AuthMethod.PIN, Harness.PIN);
        assertThat(h.simSwap.asked()).hasSize(before + 1);
        h.clock.advance(Duration.ofSeconds(61));
        AccessClaims third = steppedUp(again, AuthMethod.PIN, Harness.PIN);
        assertThat(h.simSwap.asked()).hasSize(before + 2);

        h.clock.advance(Duration.ofSeconds(61));
        h.simSwap.down(true);
        assertThat(stepUp(third, AuthMethod.PIN, Harness.PIN)).isEqualTo(new StepUp.Result.Denied(StepUp.Denial.PASSWORD_REQUIRED));
        h.simSwap.down(false);
        steppedUp(third, AuthMethod.PIN, Harness.PIN);
        assertThat(h.simSwap.asked()).hasSize(before + 4);
    }
}
