package io.finguard.application;

import static io.finguard.application.Harness.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.fixtures.SoftAuthenticator;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.port.in.AuthorizationView;
import io.finguard.domain.port.in.BeginPasskeyRegistration;
import io.finguard.domain.port.in.ConfirmAuthorization;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.ManageTrustedPayees;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.RegisterPasskey;
import io.finguard.domain.port.in.RequestAuthorizationSms;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.txauth.Authorization;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Payment authorisation (PSD2 dynamic linking) through the real use cases over the in-memory twins: every "done when"
 * of issue 13 at the use-case level (the bootstrap e2e test repeats them over HTTP and PostgreSQL).
 */
class PaymentAuthorisationJourneyTest {
    private static final String ADA = "+4915112345678";
    private static final String BOB = "+4915187654321";
    private static final ClientAddress CLIENT = new ClientAddress("203.0.113.7");

    private final Harness h = new Harness();
    private AccessClaims ada = fullTierFunded();

    PaymentAuthorisationJourneyTest() {
        h.signUp(BOB, "bob-phone");
    }

    private AccessClaims fullTierFunded() {
        var first = h.signUp(ADA, "ada-phone");
        AccessClaims limited = h.claims(first.tokens());
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc()
                .submit(new SubmitKyc.Command(limited.subject(), new KycDocuments("passport", "X1")))).reference();
        h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true));
        h.app.fundAccount().fund(new FundAccount.Command(limited.subject(), eur(50_000)));
        var refreshed = h.app.refreshSession().refresh(new RefreshSession.Command(first.tokens().refresh().value()));
        return h.claims(((RefreshSession.Result.Refreshed) refreshed).tokens());
    }

    private CreateTransfer.Result pay(String key, Money amount, Optional<AuthorizationId> authorization) {
        return h.app.createTransfer().create(new CreateTransfer.Command(ada, key, BOB, amount, authorization));
    }

    private AuthorizationView required(String key, Money amount) {
        CreateTransfer.Result result = pay(key, amount, Optional.empty());
        assertThat(result).isInstanceOf(CreateTransfer.Result.ScaRequired.class);
        return ((CreateTransfer.Result.ScaRequired) result).authorization();
    }

    private ConfirmAuthorization.Result confirm(AuthorizationId id, ConfirmAuthorization.Factor factor) {
        return h.app.confirmAuthorization().confirm(new ConfirmAuthorization.Command(ada, id, factor));
    }

    private static ConfirmAuthorization.Factor pin(String pin) {
        return new ConfirmAuthorization.Factor.Secret(AuthMethod.PIN, pin);
    }

    @Test
    void aNewPayeeNeedsAnAuthorisationThatExecutesThePaymentOnce() {
        AuthorizationView auth = required("k1", eur(2_000));
        assertThat(auth.amount()).isEqualTo(eur(2_000));
        assertThat(auth.payeeMasked()).isEqualTo(PhoneNumber.of(BOB).masked()).doesNotContain("87654321");
        assertThat(auth.expiresAt()).isEqualTo(h.clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(pay("k1", eur(2_000), Optional.of(auth.id())))
                .isEqualTo(new CreateTransfer.Result.AuthorizationRefused(Rejection.AUTHORIZATION_NOT_CONFIRMED));

        assertThat(confirm(auth.id(), pin(Harness.PIN))).isInstanceOf(ConfirmAuthorization.Result.Confirmed.class);
        assertThat(pay("k1", eur(2_000), Optional.of(auth.id()))).isInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(pay("k1", eur(2_000), Optional.of(auth.id()))).as("the same request is replayed, nothing moves twice")
                .isInstanceOf(CreateTransfer.Result.Replayed.class);
        assertThat(pay("k2", eur(2_000), Optional.of(auth.id()))).as("a second payment under it")
                .isEqualTo(new CreateTransfer.Result.AuthorizationRefused(Rejection.AUTHORIZATION_USED));
        assertThat(confirm(auth.id(), pin(Harness.PIN))).isEqualTo(new ConfirmAuthorization.Result.Refused(Rejection.AUTHORIZATION_USED));
    }

    private long authorisationsCreated() {
        return h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.subject().toString(), 100)).stream()
                .filter(e -> e.type() == AuditType.AUTHORIZATION_CREATED).count();
    }

    @Test
    void aRepeatedFirstRequestIsAnsweredWithThePendingAuthorisationOfThatPayment() {
        AuthorizationView first = required("k1", eur(2_000));
        h.clock.advance(Duration.ofMinutes(1));

        AuthorizationView again = required("k1", eur(2_000));
        assertThat(confirm(first.id(), pin("000000"))).isEqualTo(new ConfirmAuthorization.Result.WrongFactor(4));
        AuthorizationView third = required("k1", eur(2_000));

        assertThat(again).as("the same id, challenge and expiry").isEqualTo(first);
        assertThat(third.id()).as("a wrong factor does not close it").isEqualTo(first.id());
        assertThat(authorisationsCreated()).isEqualTo(1);
        assertThat(confirm(first.id(), pin(Harness.PIN))).isInstanceOf(ConfirmAuthorization.Result.Confirmed.class);
        assertThat(pay("k1", eur(2_000), Optional.of(first.id()))).isInstanceOf(CreateTransfer.Result.Completed.class);
    }

    @Test
    void anotherAmountPayeeOrKeyIsAnotherPaymentWithAnAuthorisationOfItsOwn() {
        String carol = "+4915100000001";
        h.signUp(carol, "carol-phone");
        AuthorizationView k1 = required("k1", eur(2_000));

        AuthorizationView otherAmount = required("k1", eur(2_001));
        AuthorizationView otherKey = required("k2", eur(2_000));
        var toCarol = h.app.createTransfer().create(new CreateTransfer.Command(ada, "k1", carol, eur(2_000), Optional.empty()));

        assertThat(toCarol).isInstanceOf(CreateTransfer.Result.ScaRequired.class);
        AuthorizationView otherPayee = ((CreateTransfer.Result.ScaRequired) toCarol).authorization();
        assertThat(java.util.List.of(k1.id(), otherAmount.id(), otherKey.id(), otherPayee.id())).doesNotHaveDuplicates();
        assertThat(required("k1", eur(2_000)).id()).as("the first payment's is still its own").isEqualTo(k1.id());
        assertThat(authorisationsCreated()).isEqualTo(4);
    }

    @Test
    void anExpiredOrFailedAuthorisationIsNotReused() {
        AuthorizationView lapsed = required("k1", eur(2_000));
        h.clock.advance(Duration.ofMinutes(5));

        AuthorizationView fresh = required("k1", eur(2_000));
        assertThat(fresh.id()).isNotEqualTo(lapsed.id());
        assertThat(fresh.expiresAt()).isEqualTo(h.clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(confirm(lapsed.id(), pin(Harness.PIN)))
                .isEqualTo(new ConfirmAuthorization.Result.Refused(Rejection.AUTHORIZATION_EXPIRED));

        for (int i = 0; i < Authorization.MAX_FAILURES; i++) {
            confirm(fresh.id(), pin("000000"));
        }
        assertThat(confirm(fresh.id(), pin(Harness.PIN))).isEqualTo(new ConfirmAuthorization.Result.Refused(Rejection.AUTHORIZATION_FAILED));
        AuthorizationView afterFailure = required("k1", eur(2_000));

        assertThat(afterFailure.id()).isNotIn(lapsed.id(), fresh.id());
        assertThat(authorisationsCreated()).isEqualTo(3);
    }

    @Test
    void anotherAmountOrPayeeVoidsTheAuthorisation() {
        AuthorizationView auth = required("k1", eur(2_000));
        confirm(auth.id(), pin(Harness.PIN));

        assertThat(pay("k1", eur(2_001), Optional.of(auth.id())))
                .isEqualTo(new CreateTransfer.Result.AuthorizationRefused(Rejection.AUTHORIZATION_MISMATCH));
        assertThat(pay("k1", eur(2_000), Optional.of(auth.id()))).as("voided, even for the original payment")
                .isEqualTo(new CreateTransfer.Result.AuthorizationRefused(Rejection.AUTHORIZATION_FAILED));

        String carol = "+4915100000001";
        h.signUp(carol, "carol-phone");
        AuthorizationView second = required("k3", eur(2_000));
        confirm(second.id(), pin(Harness.PIN));
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(ada, "k3", carol, eur(2_000), Optional.of(second.id()))))
                .isEqualTo(new CreateTransfer.Result.AuthorizationRefused(Rejection.AUTHORIZATION_MISMATCH));
        assertThat(((io.finguard.domain.port.in.ViewMe.Result.Found) h.app.viewMe().view(ada.subject())).me().balance())
                .isEqualTo(eur(50_000));
    }

    @Test
    void fiveWrongPinsFailTheAuthorisationAndCountTowardTheStepUpLock() {
        AuthorizationView auth = required("k1", eur(2_000));
        for (int left = 4; left >= 1; left--) {
            assertThat(confirm(auth.id(), pin("000000"))).isEqualTo(new ConfirmAuthorization.Result.WrongFactor(left));
        }
        assertThat(confirm(auth.id(), pin("000000"))).isEqualTo(new ConfirmAuthorization.Result.WrongFactor(0));
        assertThat(confirm(auth.id(), pin(Harness.PIN))).isEqualTo(new ConfirmAuthorization.Result.Refused(Rejection.AUTHORIZATION_FAILED));
        assertThat(h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(ada.subject(), ada.session()),
                AuthMethod.PIN, Harness.PIN, CLIENT))).as("the same guesses count for step-up").isInstanceOf(StepUp.Result.Locked.class);
    }

    @Test
    void theSmsCodeStatesAmountAndPayeeAndConfirmsThatPaymentOnly() {
        AuthorizationView auth = required("k1", eur(2_000));
        assertThat(confirm(auth.id(), new ConfirmAuthorization.Factor.SmsCode("123456")))
                .isEqualTo(new ConfirmAuthorization.Result.NoCodeSent());
        assertThat(h.app.requestAuthorizationSms().request(new RequestAuthorizationSms.Command(ada, auth.id(), CLIENT)))
                .isInstanceOf(RequestAuthorizationSms.Result.Sent.class);
        assertThat(h.app.requestAuthorizationSms().request(new RequestAuthorizationSms.Command(ada, auth.id(), CLIENT)))
                .isEqualTo(new RequestAuthorizationSms.Result.AlreadySent());
        h.db.outbox().dispatch(new SealedCodeCourier(h.sealer, h.sms), 10, h.clock.instant());

        String text = h.sms.textsTo(PhoneNumber.of(ADA)).getLast();
        assertThat(text).contains("EUR 20.00").contains(PhoneNumber.of(BOB).masked()).doesNotContain("87654321");
        String code = h.lastCode(ADA).digits();
        assertThat(confirm(auth.id(), new ConfirmAuthorization.Factor.SmsCode(code)))
                .isInstanceOf(ConfirmAuthorization.Result.Confirmed.class);
        assertThat(pay("k1", eur(2_000), Optional.of(auth.id()))).isInstanceOf(CreateTransfer.Result.Completed.class);
    }

    @Test
    void lowValuePaymentsToAKnownPayeeNeedNoneUntilTheSixth() {
        AuthorizationView first = required("k0", eur(2_000));
        confirm(first.id(), pin(Harness.PIN));
        pay("k0", eur(2_000), Optional.of(first.id()));

        for (int i = 1; i <= 5; i++) {
            assertThat(pay("low-" + i, eur(2_000), Optional.empty())).as("payment %d", i).isInstanceOf(CreateTransfer.Result.Completed.class);
        }
        assertThat(pay("low-6", eur(2_000), Optional.empty())).isInstanceOf(CreateTransfer.Result.ScaRequired.class);
        assertThat(pay("big", eur(3_001), Optional.empty())).isInstanceOf(CreateTransfer.Result.ScaRequired.class);
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.subject().toString(), 100)))
                .filteredOn(e -> e.type() == AuditType.SCA_EXEMPTION_USED).hasSize(5)
                .allSatisfy(e -> assertThat(e.details()).containsEntry("exemption", "LOW_VALUE"));
    }

    @Test
    void aTrustedPayeeNeedsNoneButAddingOneNeedsAFreshStepUp() {
        assertThat(h.app.manageTrustedPayees().add(ada, BOB)).isEqualTo(new ManageTrustedPayees.AddResult.StepUpRequired());
        StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(ada.subject(), ada.session()),
                AuthMethod.PIN, Harness.PIN, CLIENT));
        AccessClaims strong = h.claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
        assertThat(h.app.manageTrustedPayees().add(strong, BOB)).isInstanceOf(ManageTrustedPayees.AddResult.Added.class);

        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(strong, "t1", BOB, eur(40_000))))
                .isInstanceOf(CreateTransfer.Result.Completed.class);
        var entry = h.app.manageTrustedPayees().list(strong).getFirst();
        assertThat(h.app.manageTrustedPayees().remove(strong, entry.id())).isTrue();
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(strong, "t2", BOB, eur(4_000))))
                .isInstanceOf(CreateTransfer.Result.ScaRequired.class);

        h.app.logout().logout(new io.finguard.domain.port.in.Logout.Command(strong.subject(), strong.session(), true));
        assertThat(h.app.manageTrustedPayees().add(strong, BOB)).as("a logged-out session trusts no one")
                .isInstanceOf(ManageTrustedPayees.AddResult.SessionNotLive.class);
    }

    @Test
    void aPasskeySignsThePaymentsChallengeAndAReplayOrAnotherOriginIsRefused() {
        SoftAuthenticator key = new SoftAuthenticator(Harness.RP_ID, Harness.ORIGIN);
        StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(ada.subject(), ada.session()),
                AuthMethod.PIN, Harness.PIN, CLIENT));
        AccessClaims strong = h.claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
        ada = strong;
        var options = (BeginPasskeyRegistration.Result.Options) h.app.beginPasskeyRegistration()
                .begin(new BeginPasskeyRegistration.Command(strong));
        assertThat(h.app.registerPasskey().register(new RegisterPasskey.Command(strong, "key", key.register(options.challenge()))))
                .isInstanceOf(RegisterPasskey.Result.Registered.class);

        AuthorizationView auth = required("k1", eur(2_000));
        byte[] challenge = Base64.getUrlDecoder().decode(auth.challenge());
        assertThat(confirm(auth.id(), passkey(key.atOrigin("https://phish.localhost").assertion(challenge))))
                .isEqualTo(new ConfirmAuthorization.Result.PasskeyRefused(PasskeyRefusal.WRONG_ORIGIN, 4));
        var signed = key.atOrigin(Harness.ORIGIN).assertion(challenge);
        assertThat(confirm(auth.id(), passkey(signed))).isInstanceOf(ConfirmAuthorization.Result.Confirmed.class);
        assertThat(confirm(auth.id(), passkey(signed))).as("replayed").isEqualTo(new ConfirmAuthorization.Result.Refused(Rejection.INVALID_STATE));

        AuthorizationView other = required("k2", eur(2_000));
        assertThat(confirm(other.id(), passkey(signed))).as("replayed for another payment")
                .isEqualTo(new ConfirmAuthorization.Result.PasskeyRefused(PasskeyRefusal.WRONG_CHALLENGE, 4));
        assertThat(pay("k1", eur(2_000), Optional.of(auth.id()))).isInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.subject().toString(), 100)))
                .extracting(AuditEvent::type).contains(AuditType.AUTHORIZATION_CONFIRMED, AuditType.AUTHORIZATION_FACTOR_FAILED);
    }

    private static ConfirmAuthorization.Factor passkey(io.finguard.domain.passkey.PasskeyAssertion assertion) {
        return new ConfirmAuthorization.Factor.Passkey(assertion);
    }
}
