package io.finguard.application;

import static io.finguard.application.Harness.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.DepositDenial;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.in.ChangeAccountStatus;
import io.finguard.domain.port.in.ChangeAccountStatus.Change;
import io.finguard.domain.port.in.CreateTransfer;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.token.AccessClaims;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operators freeze, unfreeze and close accounts: a frozen account moves no money either way, a closed one is the end. */
class AccountStatusJourneyTest {
    private static final String ADA = "+4915112345678";
    private static final String BOB = "+4915187654321";

    private final Harness h = new Harness();

    private ChangeAccountStatus.Result change(UserId user, Change change) {
        return h.app.changeAccountStatus().change(new ChangeAccountStatus.Command(user, change, "case 42"));
    }

    private CreateTransfer.Result send(AccessClaims from, String key, long minor) {
        return h.payAuthorised(from, key, BOB, eur(minor));
    }

    private long balance(UserId user) {
        return ((ViewMe.Result.Found) h.app.viewMe().view(user)).me().balance().minor();
    }

    @Test
    void aFrozenAccountCannotSendUntilItIsUnfrozen() {
        AccessClaims ada = fullTierWithFreshStepUp();
        h.signUp(BOB, "bob-phone");

        assertThat(change(ada.subject(), Change.FREEZE)).isEqualTo(new ChangeAccountStatus.Result.Changed(AccountStatus.FROZEN, 0));
        assertThat(send(ada, "frozen", 100)).isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.ACCOUNT_NOT_ACTIVE));
        assertThat(balance(ada.subject())).isEqualTo(10_000);

        assertThat(change(ada.subject(), Change.UNFREEZE)).isEqualTo(new ChangeAccountStatus.Result.Changed(AccountStatus.ACTIVE, 0));
        assertThat(send(ada, "thawed", 100)).isInstanceOf(CreateTransfer.Result.Completed.class);
        assertThat(balance(ada.subject())).isEqualTo(9_900);
    }

    @Test
    void aFrozenAccountReceivesNothingNeitherTransfersNorDeposits() {
        AccessClaims ada = fullTierWithFreshStepUp();
        UserId bob = h.claims(h.signUp(BOB, "bob-phone").tokens()).subject();
        change(bob, Change.FREEZE);

        assertThat(send(ada, "to-frozen", 100)).isEqualTo(new CreateTransfer.Result.Denied(TransferDenial.RECIPIENT_NOT_ACTIVE));
        assertThat(h.app.fundAccount().fund(new FundAccount.Command(bob, eur(100))))
                .isEqualTo(new FundAccount.Result.Refused(DepositDenial.ACCOUNT_NOT_ACTIVE));
        assertThat(balance(bob)).isZero();
        assertThat(balance(ada.subject())).isEqualTo(10_000);
    }

    @Test
    void closingEndsEverySessionAndRefusesEveryLaterChange() {
        LoginResult.Authenticated phone = h.signUp(ADA, "ada-phone");
        UserId ada = h.claims(phone.tokens()).subject();

        assertThat(change(ada, Change.CLOSE)).isEqualTo(new ChangeAccountStatus.Result.Changed(AccountStatus.CLOSED, 1));
        assertThat(h.app.refreshSession().refresh(new RefreshSession.Command(phone.tokens().refresh().value())))
                .isInstanceOf(RefreshSession.Result.Refused.class);
        for (Change later : Change.values()) {
            assertThat(change(ada, later)).as(later.name())
                    .isEqualTo(new ChangeAccountStatus.Result.Refused(AccountStatus.CLOSED, Rejection.ACCOUNT_CLOSED));
        }
        assertThat(h.app.fundAccount().fund(new FundAccount.Command(ada, eur(100))))
                .isEqualTo(new FundAccount.Result.Refused(DepositDenial.ACCOUNT_NOT_ACTIVE));
    }

    @Test
    void everyChangeIsAuditedWithTheOperatorsReason() {
        UserId ada = h.claims(h.signUp(ADA, "ada-phone").tokens()).subject();
        change(ada, Change.FREEZE);
        change(ada, Change.UNFREEZE);
        change(ada, Change.CLOSE);

        List<AuditEvent> trail = h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.toString(), 100));
        List<AuditEvent> changes = trail.stream().filter(e -> e.type().name().startsWith("ACCOUNT_")).toList();
        assertThat(changes).extracting(AuditEvent::type).containsExactlyInAnyOrder(AuditType.ACCOUNT_FROZEN,
                AuditType.ACCOUNT_UNFROZEN, AuditType.ACCOUNT_CLOSED);
        assertThat(changes).allSatisfy(e -> assertThat(e.details()).containsEntry("reason", "case 42"));
    }

    @Test
    void outOfOrderChangesAreRefusedAndChangeNothing() {
        UserId ada = h.claims(h.signUp(ADA, "ada-phone").tokens()).subject();

        assertThat(change(ada, Change.UNFREEZE))
                .isEqualTo(new ChangeAccountStatus.Result.Refused(AccountStatus.ACTIVE, Rejection.INVALID_STATE));
        change(ada, Change.FREEZE);
        assertThat(change(ada, Change.FREEZE))
                .isEqualTo(new ChangeAccountStatus.Result.Refused(AccountStatus.FROZEN, Rejection.INVALID_STATE));
        List<AuditEvent> trail = h.db.transactions().inTransaction(() -> h.db.auditLog().recent(ada.toString(), 100));
        assertThat(trail).extracting(AuditEvent::type).containsOnlyOnce(AuditType.ACCOUNT_FROZEN);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThat(change(UserId.of(UUID.randomUUID()), Change.FREEZE)).isEqualTo(new ChangeAccountStatus.Result.NotFound());
    }

    @Test
    void aDepositPastTheTiersCapIsRefusedWithItsReason() {
        UserId ada = h.claims(h.signUp(ADA, "ada-phone").tokens()).subject();

        assertThat(h.app.fundAccount().fund(new FundAccount.Command(ada, eur(100_000))))
                .isEqualTo(new FundAccount.Result.Funded(eur(100_000)));
        assertThat(h.app.fundAccount().fund(new FundAccount.Command(ada, eur(1))))
                .isEqualTo(new FundAccount.Result.Refused(DepositDenial.BALANCE_CAP));
        assertThat(h.app.fundAccount().fund(new FundAccount.Command(ada, eur(0))))
                .isEqualTo(new FundAccount.Result.Refused(DepositDenial.INVALID_AMOUNT));
        assertThat(balance(ada)).isEqualTo(100_000);
    }

    private AccessClaims fullTierWithFreshStepUp() {
        AccessClaims limited = h.claims(h.signUp(ADA, "ada-phone").tokens());
        String reference = ((SubmitKyc.Result.Submitted) h.app.submitKyc()
                .submit(new SubmitKyc.Command(limited.subject(), new KycDocuments("passport", "X1")))).reference();
        h.app.recordKycDecision().record(new RecordKycDecision.Command(reference, true));
        h.app.fundAccount().fund(new FundAccount.Command(limited.subject(), eur(10_000)));
        StepUp.Result stepped = h.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaSession(limited.subject(),
                limited.session()), AuthMethod.PASSWORD, Harness.PASSWORD, new ClientAddress("203.0.113.7")));
        assertThat(stepped).isInstanceOf(StepUp.Result.SteppedUp.class);
        return h.claims(((StepUp.Result.SteppedUp) stepped).login().tokens());
    }
}
