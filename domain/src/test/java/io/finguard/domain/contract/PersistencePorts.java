package io.finguard.domain.contract;

import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.port.out.EventOutbox;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.KycSubmissions;
import io.finguard.domain.port.out.EndedRecords;
import io.finguard.domain.port.out.AccountOverviews;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.Notices;
import io.finguard.domain.port.out.PhoneChanges;
import io.finguard.domain.port.out.Recoveries;
import io.finguard.domain.port.out.PasskeyChallenges;
import io.finguard.domain.port.out.Passkeys;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.SessionSnapshots;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.UserActivity;
import io.finguard.domain.port.out.Users;

/** The persistence out-ports wired to one {@link Transactions}; what every store contract test runs against. */
public interface PersistencePorts {
    Transactions transactions();

    OtpChallenges otpChallenges();

    PreUsers preUsers();

    Users users();

    Accounts accounts();

    Sessions sessions();

    AuditLog auditLog();

    Outbox outbox();

    KycSubmissions kycSubmissions();

    Ledger ledger();

    AccountOverviews accountOverviews();

    SessionSnapshots sessionSnapshots();

    UserActivity userActivity();

    PhoneChanges phoneChanges();

    Recoveries recoveries();

    Notices notices();

    EventOutbox events();

    KnownKeys knownKeys();

    Passkeys passkeys();

    PasskeyChallenges passkeyChallenges();

    EndedRecords endedRecords();

    io.finguard.domain.port.out.Authorizations authorizations();

    io.finguard.domain.port.out.TrustedPayees trustedPayees();

    io.finguard.domain.port.out.LowValueTallies lowValueTallies();
}
