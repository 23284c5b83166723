package io.finguard.adapters.persistence;

import io.finguard.adapters.persistence.account.PostgresAccountOverviews;
import io.finguard.adapters.persistence.session.PostgresSessionSnapshots;
import io.finguard.adapters.persistence.account.PostgresAccounts;
import io.finguard.adapters.persistence.account.PostgresKycSubmissions;
import io.finguard.adapters.persistence.account.PostgresLedger;
import io.finguard.adapters.persistence.audit.PostgresAuditLog;
import io.finguard.adapters.persistence.event.PostgresEventOutbox;
import io.finguard.adapters.persistence.otp.PostgresOtpChallenges;
import io.finguard.adapters.persistence.otp.PostgresOutbox;
import io.finguard.adapters.persistence.passkey.PostgresPasskeyChallenges;
import io.finguard.adapters.persistence.passkey.PostgresPasskeys;
import io.finguard.adapters.persistence.phone.PostgresPhoneChanges;
import io.finguard.adapters.persistence.phone.PostgresPhoneReseals;
import io.finguard.adapters.persistence.phone.PostgresRecoveries;
import io.finguard.adapters.persistence.retention.PostgresEndedRecords;
import io.finguard.adapters.persistence.session.PostgresKnownKeys;
import io.finguard.adapters.persistence.session.PostgresSessions;
import io.finguard.adapters.persistence.signup.PostgresPreUsers;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.txauth.PostgresAuthorizations;
import io.finguard.adapters.persistence.txauth.PostgresLowValueTallies;
import io.finguard.adapters.persistence.txauth.PostgresTrustedPayees;
import io.finguard.adapters.persistence.user.PostgresUserActivity;
import io.finguard.adapters.persistence.user.PostgresUsers;
import io.finguard.domain.port.out.AccountOverviews;
import io.finguard.domain.port.out.SessionSnapshots;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.port.out.Authorizations;
import io.finguard.domain.port.out.EndedRecords;
import io.finguard.domain.port.out.EventOutbox;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.KycSubmissions;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.LowValueTallies;
import io.finguard.domain.port.out.Notices;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.PasskeyChallenges;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.PhoneChanges;
import io.finguard.domain.port.out.PhoneReseals;
import io.finguard.domain.port.out.PhoneVault;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.Recoveries;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.TrustedPayees;
import io.finguard.domain.port.out.UserActivity;
import io.finguard.domain.port.out.Users;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/** Every PostgreSQL-backed out-port wired to one {@link JooqTransactions}; what bootstrap composes with. */
public final class PostgresPersistence {
    private final JooqTransactions transactions;
    private final PostgresOtpChallenges otpChallenges;
    private final PostgresPreUsers preUsers;
    private final PostgresUsers users;
    private final PostgresAccounts accounts;
    private final PostgresSessions sessions;
    private final PostgresKnownKeys knownKeys;
    private final PostgresAuditLog auditLog;
    private final PostgresOutbox outbox;
    private final PostgresKycSubmissions kycSubmissions;
    private final PostgresLedger ledger;
    private final PostgresAccountOverviews accountOverviews;
    private final PostgresSessionSnapshots sessionSnapshots;
    private final PostgresUserActivity userActivity;
    private final PostgresPhoneChanges phoneChanges;
    private final PostgresRecoveries recoveries;
    private final Notices notices;
    private final PostgresEventOutbox events;
    private final PostgresPasskeys passkeys;
    private final PostgresPasskeyChallenges passkeyChallenges;
    private final PostgresEndedRecords endedRecords;
    private final PostgresPhoneReseals phoneReseals;
    private final PostgresAuthorizations authorizations;
    private final PostgresTrustedPayees trustedPayees;
    private final PostgresLowValueTallies lowValueTallies;

    /** With no event subscribers (events are not kept) and the outbox's retry for events too. */
    public PostgresPersistence(DataSource dataSource, OutboxRetry outboxRetry, PhoneVault phoneVault) {
        this(dataSource, outboxRetry, List.of(), outboxRetry, phoneVault);
    }

    /**
     * Events are queued once for each named subscriber and retried by {@code eventRetry}; phone numbers are stored
     * as {@code phoneVault} indexes and seals them (docs/adr/0023).
     */
    public PostgresPersistence(DataSource dataSource, OutboxRetry outboxRetry, List<String> eventSubscribers, OutboxRetry eventRetry,
                               PhoneVault phoneVault) {
        StoredPhones phones = new StoredPhones(phoneVault);
        this.transactions = new JooqTransactions(dataSource);
        this.otpChallenges = new PostgresOtpChallenges(transactions, phones);
        this.preUsers = new PostgresPreUsers(transactions, phones);
        this.users = new PostgresUsers(transactions, phones);
        this.accounts = new PostgresAccounts(transactions);
        this.sessions = new PostgresSessions(transactions);
        this.knownKeys = new PostgresKnownKeys(transactions);
        this.auditLog = new PostgresAuditLog(transactions);
        this.outbox = new PostgresOutbox(transactions, outboxRetry, phones);
        this.kycSubmissions = new PostgresKycSubmissions(transactions);
        this.ledger = new PostgresLedger(transactions);
        this.accountOverviews = new PostgresAccountOverviews(transactions, phones);
        this.sessionSnapshots = new PostgresSessionSnapshots(transactions, phones);
        this.userActivity = new PostgresUserActivity(transactions);
        this.phoneChanges = new PostgresPhoneChanges(transactions, phones);
        this.recoveries = new PostgresRecoveries(transactions, phones);
        this.notices = outbox.notices();
        this.events = new PostgresEventOutbox(transactions, eventSubscribers, eventRetry);
        this.passkeys = new PostgresPasskeys(transactions);
        this.passkeyChallenges = new PostgresPasskeyChallenges(transactions);
        this.endedRecords = new PostgresEndedRecords(transactions);
        this.phoneReseals = new PostgresPhoneReseals(transactions, phones);
        this.authorizations = new PostgresAuthorizations(transactions);
        this.trustedPayees = new PostgresTrustedPayees(transactions);
        this.lowValueTallies = new PostgresLowValueTallies(transactions);
    }

    public JooqTransactions transactions() {
        return transactions;
    }

    public OtpChallenges otpChallenges() {
        return otpChallenges;
    }

    public PreUsers preUsers() {
        return preUsers;
    }

    public Users users() {
        return users;
    }

    public Accounts accounts() {
        return accounts;
    }

    public KnownKeys knownKeys() {
        return knownKeys;
    }

    public Sessions sessions() {
        return sessions;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public Outbox outbox() {
        return outbox;
    }

    public KycSubmissions kycSubmissions() {
        return kycSubmissions;
    }

    public Ledger ledger() {
        return ledger;
    }

    public AccountOverviews accountOverviews() {
        return accountOverviews;
    }

    public SessionSnapshots sessionSnapshots() {
        return sessionSnapshots;
    }

    public UserActivity userActivity() {
        return userActivity;
    }

    public PhoneChanges phoneChanges() {
        return phoneChanges;
    }

    public Recoveries recoveries() {
        return recoveries;
    }

    public Notices notices() {
        return notices;
    }

    public EventOutbox events() {
        return events;
    }

    public Passkeys passkeys() {
        return passkeys;
    }

    public PasskeyChallenges passkeyChallenges() {
        return passkeyChallenges;
    }

    /** Deletes ended short-lived records a bounded batch at a time (the retention purge). */
    public EndedRecords endedRecords() {
        return endedRecords;
    }

    /** Seals stored phone numbers again under the current phone key, a bounded batch at a time. */
    public PhoneReseals phoneReseals() {
        return phoneReseals;
    }

    public Authorizations authorizations() {
        return authorizations;
    }

    public TrustedPayees trustedPayees() {
        return trustedPayees;
    }

    public LowValueTallies lowValueTallies() {
        return lowValueTallies;
    }
}
