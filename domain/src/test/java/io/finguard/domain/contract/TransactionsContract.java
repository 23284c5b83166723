package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.money;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.account.Account;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.KycSubmission;
import io.finguard.domain.port.out.OutboxMessage;
import io.finguard.domain.port.out.TransferRecord;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@link io.finguard.domain.port.out.Transactions} does: commit on return, roll back everything on a throw. */
public abstract class TransactionsContract extends PersistenceContract {

    /** Everything one transaction writes to every store, so a rollback can be checked store by store. */
    private record Writes(OtpChallenge.Pending challenge, PreUser preUser, User user, Account account, RefreshFamily.Active family,
                          AuditEvent event, OutboxMessage message, KycSubmission submission, TransferRecord transfer) {
        static Writes fresh() {
            User user = Samples.user(phone(), T0);
            Account account = Samples.account(user.id(), money(500), T0);
            return new Writes(Samples.pendingChallenge(phone(), T0), Samples.created(phone(), T0), user, account,
                    Samples.family(user.id(), SampleValues.digest(), T0),
                    Samples.auditEvent("user:" + user.id(), AuditType.LOGIN_SUCCEEDED, T0),
                    Samples.outboxMessage(phone(), T0), Samples.kycSubmission(account.core().id(), T0),
                    Samples.transfer(user.id(), account.core().id(), SampleValues.accountId(), money(50), T0));
        }
    }

    private void write(Writes w) {
        ports.otpChallenges().add(w.challenge());
        ports.preUsers().add(w.preUser());
        ports.users().add(w.user());
        ports.accounts().add(w.account());
        ports.sessions().add(w.family());
        ports.auditLog().record(w.event());
        ports.outbox().enqueue(w.message());
        ports.kycSubmissions().add(w.submission());
        ports.ledger().record(w.transfer());
    }

    private void assertVisible(Writes w, boolean visible) {
        runInTx(() -> {
            assertThat(ports.otpChallenges().lock(w.challenge().id()).isPresent()).as("challenge").isEqualTo(visible);
            assertThat(ports.preUsers().lock(w.preUser().facts().id()).isPresent()).as("signup").isEqualTo(visible);
            assertThat(ports.users().find(w.user().id()).isPresent()).as("user").isEqualTo(visible);
            assertThat(ports.accounts().lock(w.account().core().id()).isPresent()).as("account").isEqualTo(visible);
            assertThat(ports.sessions().lock(w.family().id()).isPresent()).as("family").isEqualTo(visible);
            assertThat(ports.sessions().lockByToken(w.family().current()).isPresent()).as("family digest").isEqualTo(visible);
            assertThat(ports.auditLog().recent(w.event().subject(), 5).contains(w.event())).as("audit event").isEqualTo(visible);
            assertThat(ports.kycSubmissions().lock(w.submission().reference()).isPresent()).as("kyc").isEqualTo(visible);
            assertThat(ports.ledger().findByIdempotencyKey(w.transfer().initiator(), w.transfer().idempotencyKey()).isPresent())
                    .as("transfer").isEqualTo(visible);
        });
        assertThat(ports.outbox().pending().contains(w.message())).as("outbox message").isEqualTo(visible);
    }

    @Test
    void writesAreVisibleAfterTheTransactionReturnsAndItsValueIsPassedOn() {
        Writes w = Writes.fresh();

        String result = inTx(() -> {
            write(w);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertVisible(w, true);
    }

    @Test
    void aThrowUndoesEveryWriteOfTheTransactionAndTheSameExceptionComesOut() {
        Writes w = Writes.fresh();
        IllegalStateException failure = new IllegalStateException("risk engine said no half-way");

        assertThatThrownBy(() -> runInTx(() -> {
            write(w);
            throw failure;
        })).isSameAs(failure);

        assertVisible(w, false);
    }

    @Test
    void aThrowRestoresTheStateAnUpdateReplaced() {
        User.Active user = Samples.user(phone(), T0);
        runInTx(() -> ports.users().add(user));

        assertThatThrownBy(() -> runInTx(() -> {
            ports.users().update(new User.Blocked(user.facts(), "operator", T0.plusSeconds(1)));
            throw new IllegalArgumentException("sessions could not be revoked");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(inTx(() -> ports.users().find(user.id()))).contains(user);
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndSeesItsWrites() {
        Writes w = Writes.fresh();

        boolean seenInside = inTx(() -> {
            ports.users().add(w.user());
            return ports.transactions().inTransaction(() -> ports.users().find(w.user().id()).isPresent());
        });

        assertThat(seenInside).isTrue();
        assertThat(inTx(() -> ports.users().find(w.user().id()))).contains(w.user());
    }

    @Test
    void aThrowFromANestedTransactionUndoesTheOuterWritesToo() {
        Writes w = Writes.fresh();

        assertThatThrownBy(() -> runInTx(() -> {
            ports.users().add(w.user());
            ports.transactions().inTransaction(() -> {
                ports.accounts().add(w.account());
                throw new IllegalStateException("inner failure");
            });
        })).hasMessage("inner failure");

        assertThat(inTx(() -> ports.users().find(w.user().id()))).isEmpty();
        assertThat(inTx(() -> ports.accounts().lock(w.account().core().id()))).isEmpty();
    }

    @Test
    void theStoresWorkNormallyAfterARollback() {
        Writes lost = Writes.fresh();
        Writes kept = Writes.fresh();
        assertThatThrownBy(() -> runInTx(() -> {
            write(lost);
            throw new IllegalStateException("first attempt fails");
        })).isInstanceOf(IllegalStateException.class);

        runInTx(() -> write(kept));

        assertVisible(kept, true);
        assertVisible(lost, false);
    }
}
