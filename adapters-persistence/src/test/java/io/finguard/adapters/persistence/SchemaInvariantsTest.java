package io.finguard.adapters.persistence;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.user.User;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * The invariants the schema itself enforces, tried with raw SQL that bypasses the adapters: whatever a buggy
 * caller writes, the database refuses it.
 */
class SchemaInvariantsTest {
    private final PostgresPorts ports = PostgresPorts.shared();
    private final DSLContext sql = TestDatabase.shared().sql();

    /** Runs the statements in one transaction and expects PostgreSQL to refuse with the SQLSTATE. */
    private void refused(String sqlState, String... statements) {
        assertThatThrownBy(() -> sql.transaction(tx -> {
            for (String statement : statements) {
                tx.dsl().execute(statement);
            }
        })).isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo(sqlState));
    }

    private AuditEvent audited() {
        AuditEvent event = Samples.auditEvent("user:" + UUID.randomUUID(), AuditType.LOGIN_SUCCEEDED, T0);
        ports.transactions().inTransaction(() -> {
            ports.auditLog().record(event);
            return null;
        });
        return event;
    }

    @Test
    void theAuditLogRefusesUpdateDeleteAndTruncate() {
        AuditEvent event = audited();
        String id = "'" + event.id() + "'";

        refused("42501", "UPDATE audit_log SET subject = 'someone else' WHERE id = " + id);
        refused("42501", "DELETE FROM audit_log WHERE id = " + id);
        refused("42501", "TRUNCATE audit_log");
        refused("42501", "UPDATE audit_log SET details = '{}'");

        assertThat(ports.transactions().inTransaction(() -> ports.auditLog().recent(event.subject(), 10))).containsExactly(event);
    }

    @Test
    void bookedLedgerEntriesCannotBeChangedOrRemoved() {
        ports.transactions().inTransaction(() -> {
            ports.ledger().recordDeposit(SampleValues.accountId(), SampleValues.money(100), T0);
            return null;
        });

        refused("42501", "UPDATE ledger_entries SET amount_minor = amount_minor * 2");
        refused("42501", "DELETE FROM ledger_entries");
        refused("42501", "TRUNCATE ledger_entries CASCADE");
    }

    @Test
    void anUnbalancedPostingIsRefusedAtCommit() {
        UUID transfer = UUID.randomUUID();
        String insertTransfer = "INSERT INTO transfers (id, initiator_id, idempotency_key, request_hash, source_account_id, "
                + "destination_account_id, amount_minor, currency, created_at) VALUES ('" + transfer + "', gen_random_uuid(), "
                + "'idem-x', 'sha256:x', gen_random_uuid(), gen_random_uuid(), 100, 'EUR', now())";
        String entry = "INSERT INTO ledger_entries (transfer_id, account_id, amount_minor, currency, created_at) VALUES ('"
                + transfer + "', gen_random_uuid(), %d, '%s', now())";

        refused("23514", insertTransfer, entry.formatted(-100, "EUR"));
        refused("23514", insertTransfer, entry.formatted(-100, "EUR"), entry.formatted(90, "EUR"));
        refused("23514", insertTransfer, entry.formatted(-100, "EUR"), entry.formatted(100, "USD"));
        assertThat(sql.fetchCount(sql.selectFrom("transfers").where("id = '" + transfer + "'"))).isZero();
    }

    @Test
    void aBalanceCannotGoNegativeAndAnAccountHasOneOwner() {
        var account = Samples.account(SampleValues.userId(), SampleValues.money(10), T0);
        ports.transactions().inTransaction(() -> {
            ports.accounts().add(account);
            return null;
        });

        refused("23514", "UPDATE accounts SET balance_minor = balance_minor - 11 WHERE id = '" + account.core().id() + "'");
        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            ports.accounts().add(Samples.account(account.core().owner(), SampleValues.money(0), T0));
            return null;
        })).isInstanceOf(DuplicateException.class);
    }

    @Test
    void aChallengeNeverHoldsMoreWrongAttemptsThanItsCapAndAPendingOneStaysBelowIt() {
        var pending = Samples.pendingChallenge(phone(), T0);
        ports.transactions().inTransaction(() -> {
            ports.otpChallenges().add(pending);
            return null;
        });
        String id = "'" + pending.id() + "'";

        refused("23514", "UPDATE otp_challenges SET attempts = max_attempts WHERE id = " + id);
        refused("23514", "UPDATE otp_challenges SET status = 'EXHAUSTED', attempts = max_attempts + 1 WHERE id = " + id);
        refused("23514", "UPDATE otp_challenges SET status = 'VERIFIED' WHERE id = " + id);
    }

    @Test
    void eachSignupStateHoldsExactlyTheColumnsItCollected() {
        PreUser.CredentialsSet signup = Samples.credentialsSet(phone(), T0);
        ports.transactions().inTransaction(() -> {
            ports.preUsers().add(signup);
            return null;
        });
        String id = "'" + signup.facts().id() + "'";

        refused("23514", "UPDATE pre_users SET status = 'CREATED' WHERE id = " + id);
        refused("23514", "UPDATE pre_users SET status = 'CONVERTED' WHERE id = " + id);
        refused("23514", "UPDATE pre_users SET pin_hash = NULL WHERE id = " + id);
        refused("23514", "UPDATE pre_users SET pin_tag = NULL WHERE id = " + id);
        refused("23514", "UPDATE pre_users SET status = 'UNDER_REVIEW', risk_reasons = ARRAY['OTP_FAILURES'], first_name = 'A', "
                + "last_name = 'B', address_line1 = 'C', address_line2 = '', city = 'D', postal_code = 'E', country = 'GB' WHERE id = " + id);
    }

    @Test
    void anOutboxRowKeepsItsSealedCodeOnlyWhilePendingAndNeverWithoutItsKeyId() {
        var message = Samples.outboxMessage(phone(), T0);
        ports.transactions().inTransaction(() -> {
            ports.outbox().enqueue(message);
            return null;
        });

        refused("23514", "UPDATE outbox SET status = 'DELIVERED', ended_at = now() WHERE id = '" + message.id() + "'");
        refused("23514", "UPDATE outbox SET sealed_code = NULL WHERE id = '" + message.id() + "'");
        refused("23514", "UPDATE outbox SET code_key_id = NULL WHERE id = '" + message.id() + "'");
    }

    @Test
    void aUserAndALiveSignupNeverShareAPhoneEvenWhenWrittenInOneTransaction() {
        PhoneNumber phone = phone();
        PreUser.ProfileCompleted signup = Samples.profileCompleted(phone, T0, SampleValues.profile());
        ports.transactions().inTransaction(() -> {
            ports.preUsers().add(signup);
            return null;
        });
        User.Active user = Samples.user(phone, T0.plusSeconds(60));

        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            ports.users().add(user);
            return null;
        })).isInstanceOf(DuplicateException.class);
        assertThat(ports.transactions().inTransaction(() -> ports.users().findByPhone(phone))).isEmpty();
    }

    @Test
    void conversionMayAddTheUserBeforeItMarksTheSignupConverted() {
        PhoneNumber phone = phone();
        PreUser.ProfileCompleted signup = Samples.profileCompleted(phone, T0, SampleValues.profile());
        ports.transactions().inTransaction(() -> {
            ports.preUsers().add(signup);
            return null;
        });
        User.Active user = Samples.user(phone, T0.plusSeconds(60));

        ports.transactions().inTransaction(() -> {
            ports.users().add(user);
            ports.preUsers().update(new PreUser.Converted(signup.facts(), signup.version(), signup.credentials(),
                    signup.profile(), user.id(), T0.plusSeconds(60)));
            return null;
        });

        assertThat(ports.transactions().inTransaction(() -> ports.users().findByPhone(phone))).contains(user);
        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            ports.preUsers().add(Samples.created(phone, T0.plusSeconds(120)));
            return null;
        })).isInstanceOf(DuplicateException.class);
    }

    @Test
    void aFamilysCurrentTokenMustBeOneOfItsOwn() {
        var mine = Samples.family(SampleValues.userId(), SampleValues.digest(), T0);
        var theirs = Samples.family(SampleValues.userId(), SampleValues.digest(), T0);
        ports.transactions().inTransaction(() -> {
            ports.sessions().add(mine);
            ports.sessions().add(theirs);
            return null;
        });

        refused("23503", "UPDATE refresh_families SET current_digest = '" + theirs.current().hex() + "' WHERE id = '"
                + mine.id() + "'");
    }
}
