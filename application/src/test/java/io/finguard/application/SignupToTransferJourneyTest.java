package io.finguard.application;

import static io.finguard.application.Harness.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.MeView;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.account.KycDocuments;
import java.time.Duration;
import java.util.Optional;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.port.in.AuthorizationView;
import io.finguard.domain.port.in.ConfirmAuthorization;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spine of the product: unknown phone -> signup -> LIMITED -> KYC -> FULL -> step-up -> transfer. */
class SignupToTransferJourneyTest {
    private static final String ADA = "+4915112345678";
    private static final String BOB = "+4915187654321";

    private final Harness h = new Harness();

    @Test
    void anUnknownPhoneSignsUpReachesFullTierStepsUpAndSendsMoney() {
        LoginResult.Authenticated first = h.signUp(ADA, "ada-phone");
        assertThat(first.tier()).isEqualTo(Tier.LIMITED);
        AccessClaims limited = h.claims(first.tokens());
        assertThat(limited.tier()).isEqualTo(Tier.LIMITED);
        assertThat(limited.scopes()).contains(Scope.KYC_SUBMIT).doesNotContain(Scope.TRANSFER_CREATE);
        assertThat(limited.acr()).isEqualTo(AssuranceLevel.AAL1);

        SubmitKyc.Result kyc = h.app.submitKyc().submit(new SubmitKyc.Command(limited.subject(), new KycDocuments("passport", "X1234567")));
        assertThat(kyc).isInstanceOf(SubmitKyc.Result.Submitted.class);
        String reference = ((SubmitKyc.Result.Submitted) kyc).reference();
        assertThat(((SubmitKyc.Result.Submitted) kyc).status()).isEqualTo(KycStatus.PENDING);
        assertThat(h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true)))
                .isEqualTo(new RecordKycDecision.Result.Recorded(KycStatus.VERIFIED, Tier.FULL));

        // New scopes apply from the next refresh.
        RefreshSession.Result refreshed = h.app.refreshSession().refresh(new RefreshSession.Command(first.tokens().refresh().value()));
        assertThat(refreshed).isInstanceOf(RefreshSession.Result.Refreshed.class);
        SessionTokens full = ((RefreshSession.Result.Refreshed) refreshed).tokens();
        AccessClaims fullClaims = h.claims(full);
        assertThat(fullClaims.tier()).isEqualTo(Tier.FULL);
        assertThat(fullClaims.scopes()).contains(Scope.TRANSFER_CREATE).doesNotContain(Scope.KYC_SUBMIT);

        LoginResult.Authenticated bob = h.signUp(BOB, "bob-phone");
        assertThat(h.app.fundAccount().fund(new FundAccount.Command(fullClaims.subject(), eur(10_000))))
                .isEqualTo(new FundAccount.Result.Funded(eur(10_000)));

        // Issue 13: no step-up for money; the payment to a new payee is strongly authenticated on its own.
        CreateTransfer.Result asked = h.app.createTransfer().create(new CreateTransfer.Command(fullClaims, "key-1", BOB, eur(2_500)));
        assertThat(asked).isInstanceOf(CreateTransfer.Result.ScaRequired.class);
        AuthorizationView authorization = ((CreateTransfer.Result.ScaRequired) asked).authorization();
        assertThat(authorization.amount()).isEqualTo(eur(2_500));
        assertThat(h.app.confirmAuthorization().confirm(new ConfirmAuthorization.Command(fullClaims, authorization.id(),
                new ConfirmAuthorization.Factor.Secret(AuthMethod.PIN, Harness.PIN)))).isInstanceOf(ConfirmAuthorization.Result.Confirmed.class);
        AccessClaims strong = fullClaims;

        CreateTransfer.Command send = new CreateTransfer.Command(strong, "key-1", BOB, eur(2_500), Optional.of(authorization.id()));
        CreateTransfer.Result sent = h.app.createTransfer().create(send);
        assertThat(sent).isInstanceOf(CreateTransfer.Result.Completed.class);
        CreateTransfer.Result again = h.app.createTransfer().create(send);
        assertThat(again).isEqualTo(new CreateTransfer.Result.Replayed(((CreateTransfer.Result.Completed) sent).transfer()));

        MeView ada = ((ViewMe.Result.Found) h.app.viewMe().view(strong.subject())).me();
        MeView bobView = ((ViewMe.Result.Found) h.app.viewMe().view(h.claims(bob.tokens()).subject())).me();
        assertThat(ada.balance()).isEqualTo(eur(7_500));
        assertThat(ada.sentToday()).isEqualTo(eur(2_500));
        assertThat(ada.tier()).isEqualTo(Tier.FULL);
        assertThat(bobView.balance()).isEqualTo(eur(2_500));

        List<AuditType> trail = h.db.transactions().inTransaction(() -> h.db.auditLog().recent(strong.subject().toString(), 100))
                .stream().map(AuditEvent::type).toList();
        assertThat(trail).contains(AuditType.KYC_SUBMITTED, AuditType.KYC_DECIDED, AuditType.AUTHORIZATION_CREATED,
                AuditType.AUTHORIZATION_CONFIRMED, AuditType.TRANSFER_COMPLETED);
    }

    @Test
    void anAuthorisationOlderThanFiveMinutesNoLongerAllowsTheTransfer() {
        AccessClaims ada = fullTierWithFreshStepUp();
        h.signUp(BOB, "bob-phone");
        var required = (CreateTransfer.Result.ScaRequired) h.app.createTransfer().create(new CreateTransfer.Command(ada, "late", BOB, eur(100)));
        var id = required.authorization().id();
        h.app.confirmAuthorization().confirm(new ConfirmAuthorization.Command(ada, id,
                new ConfirmAuthorization.Factor.Secret(AuthMethod.PIN, Harness.PIN)));
        h.clock.advance(Duration.ofMinutes(5));
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(ada, "late", BOB, eur(100), Optional.of(id))))
                .isEqualTo(new CreateTransfer.Result.AuthorizationRefused(Rejection.AUTHORIZATION_EXPIRED));
    }

    @Test
    void theSameKeyWithADifferentRequestIsRefusedAndMovesNoMoney() {
        AccessClaims ada = fullTierWithFreshStepUp();
        h.signUp(BOB, "bob-phone");
        assertThat(h.payAuthorised(ada, "k", BOB, eur(100)))
                .isInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(ada, "k", BOB, eur(999))))
                .isEqualTo(new CreateTransfer.Result.KeyReused());
        assertThat(((ViewMe.Result.Found) h.app.viewMe().view(ada.subject())).me().balance()).isEqualTo(eur(9_900));
    }

    @Test
    void transfersStopAtFundsDailyLimitAndTheRecipientsCap() {
        AccessClaims ada = fullTierWithFreshStepUp();
        h.signUp(BOB, "bob-phone");
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(ada, "over", BOB, eur(10_001))))
                .isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.INSUFFICIENT_FUNDS));
        h.app.fundAccount().fund(new FundAccount.Command(ada.subject(), eur(990_000)));
        // Daily limit of FULL is 5,000.00.
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(ada, "daily", BOB, eur(500_001))))
                .isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.DAILY_LIMIT_EXCEEDED));
        // Bob is LIMITED: he may hold 1,000.00 at most; exactly the cap is fine, one cent more is not.
        assertThat(h.payAuthorised(ada, "to-cap", BOB, eur(100_000)))
                .isInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(ada, "past-cap", BOB, eur(1))))
                .isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.RECIPIENT_BALANCE_CAP));
        assertThat(((ViewMe.Result.Found) h.app.viewMe().view(ada.subject())).me().balance()).isEqualTo(eur(900_000));
    }

    @Test
    void aLimitedAccountCannotSendMoney() {
        LoginResult.Authenticated bob = h.signUp(BOB, "bob-phone");
        h.signUp(ADA, "ada-phone");
        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(h.claims(bob.tokens()), "k", ADA, eur(1))))
                .isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.INSUFFICIENT_TIER));
    }

    @Test
    void kycRejectionAllowsBoundedResubmission() {
        AccessClaims ada = h.claims(h.signUp(ADA, "ada-phone").tokens());
        for (int attempt = 1; attempt <= 3; attempt++) {
            SubmitKyc.Result submitted = h.app.submitKyc().submit(new SubmitKyc.Command(ada.subject(), new KycDocuments("passport", "X" + attempt)));
            assertThat(submitted).as("submission %d", attempt).isInstanceOf(SubmitKyc.Result.Submitted.class);
            String reference = ((SubmitKyc.Result.Submitted) submitted).reference();
            assertThat(h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, false)))
                    .isEqualTo(new RecordKycDecision.Result.Recorded(KycStatus.REJECTED, Tier.LIMITED));
            assertThat(h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true)))
                    .as("a decided submission is not decided twice").isInstanceOf(RecordKycDecision.Result.Refused.class);
        }
        SubmitKyc.Result fourth = h.app.submitKyc().submit(new SubmitKyc.Command(ada.subject(), new KycDocuments("passport", "X4")));
        assertThat(fourth).isEqualTo(new SubmitKyc.Result.Refused(SubmitKyc.Refusal.RESUBMISSIONS_EXHAUSTED,
                KycStatus.REJECTED));
    }

    @Test
    void aBlockedUsersStrongTokenMovesNoMoneyAndChangesNoCredentials() {
        AccessClaims strong = fullTierWithFreshStepUp();
        h.signUp(BOB, "bob-phone");
        h.app.blockUser().change(new BlockUser.Command(strong.subject(), true, "fraud"));

        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(strong, "key-b", BOB, eur(100))))
                .isEqualTo(new CreateTransfer.Result.SessionNotLive(SessionDenial.USER_BLOCKED));
        assertThat(h.app.changeCredentials().change(new ChangeCredentials.Command(strong, Optional.empty(), Optional.of("284619"), Harness.ip("203.0.113.7"))))
                .isEqualTo(new ChangeCredentials.Result.SessionNotLive(SessionDenial.USER_BLOCKED));
    }

    @Test
    void afterLogoutTheStrongTokenMovesNoMoneyAndChangesNoCredentials() {
        AccessClaims strong = fullTierWithFreshStepUp();
        h.signUp(BOB, "bob-phone");
        h.app.logout().logout(new Logout.Command(strong.subject(), strong.session(), true));

        assertThat(h.app.createTransfer().create(new CreateTransfer.Command(strong, "key-l", BOB, eur(100))))
                .isEqualTo(new CreateTransfer.Result.SessionNotLive(SessionDenial.SESSION_REVOKED));
        assertThat(h.app.changeCredentials().change(new ChangeCredentials.Command(strong, Optional.empty(), Optional.of("284619"), Harness.ip("203.0.113.7"))))
                .isEqualTo(new ChangeCredentials.Result.SessionNotLive(SessionDenial.SESSION_REVOKED));
    }

    private AccessClaims fullTierWithFreshStepUp() {
        LoginResult.Authenticated first = h.signUp(ADA, "ada-phone");
        AccessClaims limited = h.claims(first.tokens());
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc()
                .submit(new SubmitKyc.Command(limited.subject(), new KycDocuments("passport", "X1")))).reference();
        h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true));
        h.app.fundAccount().fund(new FundAccount.Command(limited.subject(), eur(10_000)));
        StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(limited.subject(), limited.session()),
                AuthMethod.PASSWORD, Harness.PASSWORD, new ClientAddress("203.0.113.7")));
        assertThat(stepped).isInstanceOf(StepUp.Result.SteppedUp.class);
        return h.claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
    }
}
