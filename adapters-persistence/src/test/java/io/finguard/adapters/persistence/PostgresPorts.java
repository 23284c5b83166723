package io.finguard.adapters.persistence;

import io.finguard.domain.port.out.EndedRecords;
import io.finguard.domain.contract.PersistencePorts;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.port.out.KycSubmissions;
import io.finguard.domain.port.out.AccountOverviews;
import io.finguard.domain.port.out.SessionSnapshots;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.Notices;
import io.finguard.domain.port.out.PhoneChanges;
import io.finguard.domain.port.out.Recoveries;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.PasskeyChallenges;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.UserActivity;
import io.finguard.domain.port.out.Users;

/** The PostgreSQL adapters as the contract tests see them, all on the shared {@link TestDatabase}. */
public final class PostgresPorts implements PersistencePorts {
    private static final class Holder {
        private static final PostgresPorts SHARED = new PostgresPorts(
                new PostgresPersistence(TestDatabase.shared().dataSource(), OutboxRetry.defaults(), java.util.List.of("subscriber"),
                        OutboxRetry.defaults(), TestDatabase.phones()));
    }

    private final PostgresPersistence persistence;

    private PostgresPorts(PostgresPersistence persistence) {
        this.persistence = persistence;
    }

    public static PostgresPorts shared() {
        return Holder.SHARED;
    }

    public PostgresPersistence persistence() {
        return persistence;
    }

    @Override
    public Transactions transactions() {
        return persistence.transactions();
    }

    @Override
    public OtpChallenges otpChallenges() {
        return persistence.otpChallenges();
    }

    @Override
    public PreUsers preUsers() {
        return persistence.preUsers();
    }

    @Override
    public Users users() {
        return persistence.users();
    }

    @Override
    public Accounts accounts() {
        return persistence.accounts();
    }

    @Override
    public Sessions sessions() {
        return persistence.sessions();
    }

    @Override
    public AuditLog auditLog() {
        return persistence.auditLog();
    }

    @Override
    public Outbox outbox() {
        return persistence.outbox();
    }

    @Override
    public KycSubmissions kycSubmissions() {
        return persistence.kycSubmissions();
    }

    @Override
    public Ledger ledger() {
        return persistence.ledger();
    }

    @Override
    public AccountOverviews accountOverviews() {
        return persistence.accountOverviews();
    }

    @Override
    public SessionSnapshots sessionSnapshots() {
        return persistence.sessionSnapshots();
    }

    @Override
    public UserActivity userActivity() {
        return persistence.userActivity();
    }

    @Override
    public PhoneChanges phoneChanges() {
        return persistence.phoneChanges();
    }

    @Override
    public Recoveries recoveries() {
        return persistence.recoveries();
    }

    @Override
    public io.finguard.domain.port.out.EventOutbox events() {
        return persistence.events();
    }

    @Override
    public Notices notices() {
        return persistence.notices();
    }

    @Override
    public io.finguard.domain.port.out.KnownKeys knownKeys() {
        return persistence.knownKeys();
    }

    @Override
    public Passkeys passkeys() {
        return persistence.passkeys();
    }

    @Override
    public PasskeyChallenges passkeyChallenges() {
        return persistence.passkeyChallenges();
    }

    @Override
    public EndedRecords endedRecords() {
        return persistence.endedRecords();
    }

    @Override
    public io.finguard.domain.port.out.Authorizations authorizations() {
        return persistence.authorizations();
    }

    @Override
    public io.finguard.domain.port.out.TrustedPayees trustedPayees() {
        return persistence.trustedPayees();
    }

    @Override
    public io.finguard.domain.port.out.LowValueTallies lowValueTallies() {
        return persistence.lowValueTallies();
    }
}
