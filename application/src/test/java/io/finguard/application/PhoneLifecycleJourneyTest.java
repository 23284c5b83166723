package io.finguard.application;

import static io.finguard.application.Harness.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.phone.RecoveryStatus;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CompleteRecovery;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.DecideRecovery;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.RequestPhoneChange;
import io.finguard.domain.port.in.RequestRecovery;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.port.in.ViewRecovery;
import io.finguard.domain.port.out.Notice;
import io.finguard.domain.port.out.NoticeKind;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Phone lifecycle journeys: a change of number end to end, its refusals, cooling-off, and lost-phone recovery. */
class PhoneLifecycleJourneyTest {
    private static final String ADA = "+4915112345678";
    private static final String ADA_NEW = "+4915111110000";
    private static final String BOB = "+4915187654321";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");

    private final Harness h = new Harness();

    @Test
    void aChangeOfNumberMovesTheAccountEndsOtherSessionsNotifiesTheOldNumberAndStartsTheCoolingOff() {
        AccessClaims ada = fullTierWithFreshStepUp();
        LoginResult.Authenticated other = h.signUp(BOB, "bob-phone");
        String otherRefresh = secondSessionRefresh;

        RequestPhoneChange.Result.Sent sent = requestChange(ada, ADA_NEW);
        ConfirmPhoneChange.Result result = confirm(ada, sent, h.lastCode(ADA_NEW).digits());

        assertThat(result).isInstanceOf(ConfirmPhoneChange.Result.Changed.class);
        ConfirmPhoneChange.Result.Changed changed = (ConfirmPhoneChange.Result.Changed) result;
        assertThat(changed.sessionsEnded()).isGreaterThanOrEqualTo(1);
        assertThat(changed.coolingOffUntil()).isEqualTo(h.clock.instant().plus(Duration.ofHours(72)));
        assertThat(h.db.transactions().inTransaction(() -> h.db.users().findByPhone(PhoneNumber.of(ADA_NEW))).orElseThrow().id())
                .isEqualTo(ada.subject());
        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(otherRefresh)))
                .isNotInstanceOf(RefreshSession.Result.Refreshed.class);

        List<Notice> sentNotices = new ArrayList<>();
        h.db.notices().dispatch(sentNotices::add, 10, h.clock.instant());
        assertThat(sentNotices).singleElement().satisfies(n -> {
            assertThat(n.to()).isEqualTo(PhoneNumber.of(ADA));
            assertThat(n.kind()).isEqualTo(NoticeKind.PHONE_NUMBER_CHANGED);
            assertThat(n.kind().text()).doesNotContainPattern("[0-9]{4,}");
        });

        AuditEvent moved = h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.subject().toString(), 100)).stream()
                .filter(e -> e.type() == AuditType.PHONE_CHANGED).findFirst().orElseThrow();
        assertThat(moved.details()).containsEntry("from", PhoneNumber.of(ADA).masked()).containsEntry("to", PhoneNumber.of(ADA_NEW).masked());
        assertThat(moved.details().values()).noneMatch(v -> v.contains(ADA) || v.contains(ADA_NEW));
        assertThat(h.db.events().published()).filteredOn(e -> e.type().equals("phone.changed")).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo(ada.subject());
            assertThat(e.data()).containsEntry("from", PhoneNumber.of(ADA).masked()).containsEntry("to", PhoneNumber.of(ADA_NEW).masked());
        });
        assertThat(h.db.events().published()).filteredOn(e -> e.type().equals("session.revoked"))
                .extracting(e -> e.data().get("reason")).contains("PHONE_CHANGED");

        // Cooling-off: shown in /v1/me, and transfers are refused until it ends, even with a fresh step-up.
        assertThat(me(ada).coolingOffUntil()).contains(changed.coolingOffUntil());
        assertThat(h.payAuthorised(ada, "k1", BOB, eur(100)))
                .isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.COOLING_OFF));
        h.clock.advance(Duration.ofHours(72));
        AccessClaims fresh = stepUp(ada);
        assertThat(me(fresh).coolingOffUntil()).isEmpty();
        assertThat(h.payAuthorised(fresh, "k2", BOB, eur(100)))
                .isInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(other).isNotNull();
    }

    @Test
    void aChangeWithoutAFreshStepUpIsRefused() {
        AccessClaims ada = h.claims(h.signUp(ADA, "ada-phone").tokens());

        assertThat(h.app.requestPhoneChange().request(new RequestPhoneChange.Command(ada, ADA_NEW, Optional.empty(), CLIENT)))
                .isEqualTo(new RequestPhoneChange.Result.StepUpRequired());
        AccessClaims strong = stepUp(ada);
        h.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(h.app.requestPhoneChange().request(new RequestPhoneChange.Command(strong, ADA_NEW, Optional.empty(), CLIENT)))
                .isEqualTo(new RequestPhoneChange.Result.StepUpRequired());
    }

    @Test
    void anotherUsersNumberALiveSignupsNumberAndAMalformedOneGetTheSameAnswer() {
        h.signUp(BOB, "bob-phone");
        String signingUp = "+4915122223333";
        assertThat(h.enter(signingUp, "carol")).isInstanceOf(LoginResult.OnboardingRequired.class);
        AccessClaims ada = fullTierWithFreshStepUp();

        for (String number : List.of(BOB, signingUp, "12", ADA)) {
            h.clock.advance(Duration.ofSeconds(31));
            assertThat(h.app.requestPhoneChange().request(new RequestPhoneChange.Command(ada, number, Optional.empty(), CLIENT)))
                    .as(number).isEqualTo(new RequestPhoneChange.Result.NotAccepted());
        }
    }

    @Test
    void aPhoneEntryCodeNeverCompletesAChangeAndAChangeCodeNeverLogsIn() {
        AccessClaims ada = fullTierWithFreshStepUp();
        RequestPhoneChange.Result.Sent change = requestChange(ada, ADA_NEW);
        String changeCode = h.lastCode(ADA_NEW).digits();
        RequestOtp.Result.Sent entry = h.requestCode(ADA_NEW);
        String entryCode = h.lastCode(ADA_NEW).digits();

        // The entry challenge is nobody's change; the entry code does not match the change's purpose.
        assertThat(confirm(ada, entry, entryCode)).isEqualTo(new ConfirmPhoneChange.Result.UnknownChange());
        assertThat(h.verify(change.challenge() == null ? entry : new RequestOtp.Result.Sent(change.challenge(), change.expiresIn(),
                change.resendAfter()), changeCode, "x")).isEqualTo(new VerifyOtp.Result.UnknownChallenge());
        if (!entryCode.equals(changeCode)) {
            assertThat(confirm(ada, change, entryCode)).isInstanceOf(ConfirmPhoneChange.Result.WrongCode.class);
        }
        assertThat(confirm(ada, change, changeCode)).isInstanceOf(ConfirmPhoneChange.Result.Changed.class);
    }

    @Test
    void aNewRequestSupersedesTheEarlierOne() {
        AccessClaims ada = fullTierWithFreshStepUp();
        RequestPhoneChange.Result.Sent first = requestChange(ada, ADA_NEW);
        String firstCode = h.lastCode(ADA_NEW).digits();
        RequestPhoneChange.Result.Sent second = requestChange(ada, "+4915144445555");

        assertThat(confirm(ada, first, firstCode)).isEqualTo(new ConfirmPhoneChange.Result.Refused(ConfirmPhoneChange.Refusal.SUPERSEDED));
        assertThat(confirm(ada, second, h.lastCode("+4915144445555").digits())).isInstanceOf(ConfirmPhoneChange.Result.Changed.class);
    }

    @Test
    void twoUsersWantingOneNumber_theFirstToConfirmWinsAndTheOtherIsRefused() {
        AccessClaims ada = fullTierWithFreshStepUp();
        AccessClaims bob = stepUp(h.claims(h.signUp(BOB, "bob-phone").tokens()));
        RequestPhoneChange.Result.Sent adas = requestChange(ada, ADA_NEW);
        String adaCode = h.lastCode(ADA_NEW).digits();
        RequestPhoneChange.Result.Sent bobs = requestChange(bob, ADA_NEW);
        String bobCode = h.lastCode(ADA_NEW).digits();

        assertThat(confirm(bob, bobs, bobCode)).isInstanceOf(ConfirmPhoneChange.Result.Changed.class);
        assertThat(confirm(ada, adas, adaCode)).isEqualTo(new ConfirmPhoneChange.Result.NotAccepted());
        assertThat(me(ada).maskedPhone()).isEqualTo(PhoneNumber.of(ADA).masked());
    }

    @Test
    void aNumberSwappedToAnotherSimCannotMoveTheAccount() {
        AccessClaims ada = fullTierWithFreshStepUp();
        h.simSwap.swapped(PhoneNumber.of(ADA), h.clock.instant().minus(Duration.ofHours(2)));
        h.clock.advance(Duration.ofSeconds(61)); // past the guard's cache of the earlier "not swapped" answer

        RequestPhoneChange.Result.Sent sent = requestChange(ada, ADA_NEW);
        assertThat(confirm(ada, sent, h.lastCode(ADA_NEW).digits()))
                .isEqualTo(new ConfirmPhoneChange.Result.Held(TransferDenial.SIM_SWAP_HOLD));
        assertThat(me(ada).maskedPhone()).isEqualTo(PhoneNumber.of(ADA).masked());
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.subject().toString(), 100)))
                .filteredOn(e -> e.type() == AuditType.SIM_SWAP_DETECTED)
                .anySatisfy(e -> assertThat(e.details()).containsEntry("at", "phone_change"));
    }

    @Test
    void whileTheNetworkCannotSay_onlyASessionSteppedUpByPasswordMovesTheNumber() {
        AccessClaims ada = fullTierWithFreshStepUp();
        StepUp.Result byPin = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(ada.subject(), ada.session()),
                AuthMethod.PIN, Harness.PIN, CLIENT));
        AccessClaims pinSession = h.claims(((StepUp.Result.SteppedUp) byPin).login().tokens());
        h.simSwap.down(true);
        h.clock.advance(Duration.ofSeconds(61)); // past the guard's cache of the earlier "not swapped" answer

        RequestPhoneChange.Result.Sent sent = requestChange(pinSession, ADA_NEW);
        assertThat(confirm(pinSession, sent, h.lastCode(ADA_NEW).digits()))
                .isEqualTo(new ConfirmPhoneChange.Result.Held(TransferDenial.PASSWORD_STEP_UP_REQUIRED));

        AccessClaims byPassword = stepUp(pinSession);
        RequestPhoneChange.Result.Sent again = requestChange(byPassword, ADA_NEW);
        assertThat(confirm(byPassword, again, h.lastCode(ADA_NEW).digits())).isInstanceOf(ConfirmPhoneChange.Result.Changed.class);
    }

    @Test
    void aRecoveryToANumberJustSwappedWaitsForAnOperatorWhateverTheProviderSays() {
        AccessClaims ada = fullTierWithFreshStepUp();
        PreUserId signup = newNumberSignup(ADA_NEW);
        h.simSwap.swapped(PhoneNumber.of(ADA_NEW), h.clock.instant().minus(Duration.ofHours(1)));

        RequestRecovery.Result.Started started = (RequestRecovery.Result.Started) recover(signup, ADA, Harness.PASSWORD, "P1234567");
        assertThat(started.recovery().status()).isEqualTo(RecoveryStatus.IDENTITY_PENDING);
        assertThat(h.app.completeRecovery().complete(signup)).isInstanceOf(CompleteRecovery.Result.Refused.class);
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.subject().toString(), 100)))
                .filteredOn(e -> e.type() == AuditType.SIM_SWAP_DETECTED)
                .anySatisfy(e -> assertThat(e.details()).containsEntry("at", "recovery"));
    }

    @Test
    void aRecoveryTheStubApprovesMovesTheAccountWhenTheRequesterCompletesIt() {
        AccessClaims ada = fullTierWithFreshStepUp();
        PreUserId signup = newNumberSignup(ADA_NEW);

        RequestRecovery.Result started = recover(signup, ADA, Harness.PASSWORD, "P1234567");
        assertThat(started).isInstanceOf(RequestRecovery.Result.Started.class);
        assertThat(((RequestRecovery.Result.Started) started).recovery().status()).isEqualTo(RecoveryStatus.APPROVED);

        CompleteRecovery.Result done = h.app.completeRecovery().complete(signup);
        assertThat(done).isInstanceOf(CompleteRecovery.Result.Completed.class);
        assertThat(me(ada).maskedPhone()).isEqualTo(PhoneNumber.of(ADA_NEW).masked());
        assertThat(me(ada).coolingOffUntil()).isPresent();
        assertThat(h.db.notices().pending()).extracting(Notice::to).contains(PhoneNumber.of(ADA));
        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(secondSessionRefresh)))
                .isNotInstanceOf(RefreshSession.Result.Refreshed.class);
        // The new number now logs in to the old account.
        assertThat(h.enter(ADA_NEW, "new-phone")).isNotInstanceOf(LoginResult.OnboardingRequired.class);
    }

    @Test
    void aWrongPasswordAndAnUnknownOldNumberAnswerTheSame() {
        fullTierWithFreshStepUp();
        PreUserId signup = newNumberSignup(ADA_NEW);

        assertThat(recover(signup, ADA, "wrong password here", "P1")).isEqualTo(new RequestRecovery.Result.Refused());
        assertThat(recover(signup, "+4915199990000", Harness.PASSWORD, "P1")).isEqualTo(new RequestRecovery.Result.Refused());
        assertThat(recover(signup, "nonsense", Harness.PASSWORD, "P1")).isEqualTo(new RequestRecovery.Result.Refused());
    }

    @Test
    void recoveryAttemptsAreLimitedPerOldNumberWhateverTheSignupAndTheAnswerStaysTheSameUntilThen() {
        fullTierWithFreshStepUp();
        PreUserId signup = newNumberSignup(ADA_NEW);
        int refused = 0;
        RequestRecovery.Result last;
        do {
            last = h.app.requestRecovery().request(new RequestRecovery.Command(signup, ADA, Optional.empty(), "guess " + refused,
                    new KycDocuments("passport", "P1"), new ClientAddress("198.51.100." + (refused + 1))));
            refused += last instanceof RequestRecovery.Result.Refused ? 1 : 0;
        } while (last instanceof RequestRecovery.Result.Refused && refused < 50);

        assertThat(last).isInstanceOf(RequestRecovery.Result.Throttled.class);
        assertThat(refused).isEqualTo(10);
        // The right password is throttled too now: the limit counts attempts on the old number, not failures.
        assertThat(recover(signup, ADA, Harness.PASSWORD, "P1")).isInstanceOf(RequestRecovery.Result.Throttled.class);
    }

    @Test
    void aRecoveryTheStubRejectsNeverMovesTheAccount() {
        AccessClaims ada = fullTierWithFreshStepUp();
        PreUserId signup = newNumberSignup(ADA_NEW);

        RequestRecovery.Result started = recover(signup, ADA, Harness.PASSWORD, "REJECT-1");
        assertThat(((RequestRecovery.Result.Started) started).recovery().status()).isEqualTo(RecoveryStatus.REJECTED);
        assertThat(h.app.completeRecovery().complete(signup)).isInstanceOf(CompleteRecovery.Result.Refused.class);
        assertThat(me(ada).maskedPhone()).isEqualTo(PhoneNumber.of(ADA).masked());
    }

    @Test
    void anOperatorDecidesARecoveryTheProviderLeftOpen_approveThenComplete_orReject() {
        AccessClaims ada = fullTierWithFreshStepUp();
        PreUserId signup = newNumberSignup(ADA_NEW);
        RequestRecovery.Result.Started started = (RequestRecovery.Result.Started) recover(signup, ADA, Harness.PASSWORD, "REVIEW-7");
        assertThat(started.recovery().status()).isEqualTo(RecoveryStatus.IDENTITY_PENDING);
        assertThat(h.app.completeRecovery().complete(signup)).isInstanceOf(CompleteRecovery.Result.Refused.class);

        DecideRecovery.Result decided = h.app.decideRecovery().decide(new DecideRecovery.Command(started.recovery().id().toString(), true, "id ok"));
        assertThat(decided).isInstanceOf(DecideRecovery.Result.Decided.class);
        assertThat(h.app.decideRecovery().decide(new DecideRecovery.Command(started.recovery().id().toString(), false, "again")))
                .isInstanceOf(DecideRecovery.Result.Refused.class);
        assertThat(h.app.completeRecovery().complete(signup)).isInstanceOf(CompleteRecovery.Result.Completed.class);
        assertThat(me(ada).maskedPhone()).isEqualTo(PhoneNumber.of(ADA_NEW).masked());
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.subject().toString(), 100)))
                .extracting(AuditEvent::type).contains(AuditType.RECOVERY_DECIDED, AuditType.RECOVERY_COMPLETED, AuditType.PHONE_CHANGED);
    }

    @Test
    void anOperatorRejectionEndsTheRecoveryAndAnOpenOneLapses() {
        AccessClaims ada = fullTierWithFreshStepUp();
        PreUserId signup = newNumberSignup(ADA_NEW);
        RequestRecovery.Result.Started started = (RequestRecovery.Result.Started) recover(signup, ADA, Harness.PASSWORD, "REVIEW-8");
        h.app.decideRecovery().decide(new DecideRecovery.Command(started.recovery().id().toString(), false, "mismatch"));
        assertThat(h.app.viewRecovery().view(signup)).isInstanceOfSatisfying(ViewRecovery.Result.Found.class,
                f -> assertThat(f.recovery().status()).isEqualTo(RecoveryStatus.REJECTED));

        PreUserId again = newNumberSignup("+4915166667777");
        RequestRecovery.Result.Started open = (RequestRecovery.Result.Started) recover(again, ADA, Harness.PASSWORD, "REVIEW-9");
        h.clock.advance(Duration.ofHours(73));
        assertThat(h.app.decideRecovery().decide(new DecideRecovery.Command(open.recovery().id().toString(), true, "late")))
                .isInstanceOfSatisfying(DecideRecovery.Result.Refused.class,
                        r -> assertThat(r.recovery().status()).isEqualTo(RecoveryStatus.EXPIRED));
        assertThat(me(ada).maskedPhone()).isEqualTo(PhoneNumber.of(ADA).masked());
    }

    // ---- steps ----

    private String secondSessionRefresh;

    private AccessClaims fullTierWithFreshStepUp() {
        LoginResult.Authenticated first = h.signUp(ADA, "ada-phone");
        AccessClaims limited = h.claims(first.tokens());
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc()
                .submit(new SubmitKyc.Command(limited.subject(), new KycDocuments("passport", "X1")))).reference();
        h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true));
        h.app.fundAccount().fund(new FundAccount.Command(limited.subject(), eur(10_000)));
        secondSessionRefresh = secondSessionOfAda(limited.subject());
        return stepUp(limited);
    }

    /** Ada logs in on a second device (new device: steps up with the PIN); returns that session's refresh token. */
    private String secondSessionOfAda(io.finguard.domain.model.UserId ada) {
        LoginResult login = h.enter(ADA, "ada-tablet");
        if (login instanceof LoginResult.StepUpRequired required) {
            StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(ada,
                    Optional.of(new io.finguard.domain.model.DeviceId("ada-tablet"))),
                    AuthMethod.PIN, Harness.PIN, CLIENT));
            return ((StepUp.Result.SteppedUp) stepped).login().tokens().refresh().value();
        }
        return ((LoginResult.Authenticated) login).tokens().refresh().value();
    }

    private AccessClaims stepUp(AccessClaims claims) {
        StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(claims.subject(), claims.session()),
                AuthMethod.PASSWORD, Harness.PASSWORD, CLIENT));
        assertThat(stepped).isInstanceOf(StepUp.Result.SteppedUp.class);
        return h.claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
    }

    private RequestPhoneChange.Result.Sent requestChange(AccessClaims caller, String number) {
        h.clock.advance(Duration.ofSeconds(31));
        RequestPhoneChange.Result result = h.app.requestPhoneChange().request(new RequestPhoneChange.Command(caller, number,
                Optional.empty(), CLIENT));
        assertThat(result).isInstanceOf(RequestPhoneChange.Result.Sent.class);
        h.db.outbox().dispatch(new SealedCodeCourier(h.sealer, h.sms), 10, h.clock.instant());
        return (RequestPhoneChange.Result.Sent) result;
    }

    private ConfirmPhoneChange.Result confirm(AccessClaims caller, RequestPhoneChange.Result.Sent sent, String code) {
        return h.app.confirmPhoneChange().confirm(new ConfirmPhoneChange.Command(caller, sent.challenge().toString(), code, CLIENT));
    }

    private ConfirmPhoneChange.Result confirm(AccessClaims caller, RequestOtp.Result.Sent sent, String code) {
        return h.app.confirmPhoneChange().confirm(new ConfirmPhoneChange.Command(caller, sent.challenge().toString(), code, CLIENT));
    }

    private io.finguard.domain.port.in.MeView me(AccessClaims caller) {
        return ((ViewMe.Result.Found) h.app.viewMe().view(caller.subject())).me();
    }

    private PreUserId newNumberSignup(String number) {
        LoginResult entered = h.enter(number, "new-phone");
        assertThat(entered).isInstanceOf(LoginResult.OnboardingRequired.class);
        return h.signupId((LoginResult.OnboardingRequired) entered);
    }

    private RequestRecovery.Result recover(PreUserId signup, String oldPhone, String password, String documentNumber) {
        return h.app.requestRecovery().request(new RequestRecovery.Command(signup, oldPhone, Optional.empty(), password,
                new KycDocuments("passport", documentNumber), CLIENT));
    }
}
