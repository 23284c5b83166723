package io.finguard.application.txauth;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.policy.StepUpFreshness;
import io.finguard.domain.port.in.ManageTrustedPayees;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.TrustedPayees;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.txauth.TrustedPayee;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The trusted list: adding needs a fresh AAL2 step-up (strong authentication, ADR 0016); each change is audited. */
public final class ManageTrustedPayeesService implements ManageTrustedPayees {
    private final Transactions tx;
    private final io.finguard.application.session.LiveSession liveSession;
    private final Users users;
    private final Accounts accounts;
    private final TrustedPayees trusted;
    private final StepUpFreshness freshness;
    private final Auditor auditor;
    private final Ids ids;
    private final Clock clock;

    public ManageTrustedPayeesService(Transactions tx, io.finguard.application.session.LiveSession liveSession, Users users,
                                      Accounts accounts, TrustedPayees trusted, StepUpFreshness freshness, Auditor auditor, Ids ids,
                                      Clock clock) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.users = users;
        this.accounts = accounts;
        this.trusted = trusted;
        this.freshness = freshness;
        this.auditor = auditor;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public List<TrustedPayee> list(AccessClaims caller) {
        return tx.inTransaction(() -> trusted.list(caller.subject()));
    }

    @Override
    public AddResult add(AccessClaims caller, String payeePhone) {
        if (!freshness.isFresh(caller.acr(), caller.authTime(), clock.instant())) {
            return new AddResult.StepUpRequired();
        }
        if (!PhoneNumber.isValid(payeePhone)) {
            return new AddResult.PayeeNotFound();
        }
        PhoneNumber phone = PhoneNumber.of(payeePhone);
        return tx.inTransaction(() -> {
            // Checked in the transaction that writes, as every change by a session is: a blocked user's token trusts no one.
            if (liveSession.check(caller.subject(), caller.session())
                    instanceof io.finguard.application.session.LiveSession.Verdict.Denied denied) {
                return new AddResult.SessionNotLive(denied.reason());
            }
            Optional<AccountId> payee = users.findByPhone(phone).filter(u -> !u.id().equals(caller.subject()))
                    .flatMap(u -> accounts.findByOwner(u.id())).map(a -> a.core().id());
            if (payee.isEmpty()) {
                return new AddResult.PayeeNotFound();
            }
            TrustedPayee entry = new TrustedPayee(ids.next(), caller.subject(), payee.get(), phone.masked(), clock.instant());
            if (trusted.add(entry)) {
                auditor.record(AuditType.TRUSTED_PAYEE_ADDED, caller.subject(), Map.of("entry", entry.id().toString(),
                        "payee", entry.payeeMasked()));
                return new AddResult.Added(entry);
            }
            return new AddResult.Added(trusted.list(caller.subject()).stream().filter(t -> t.payee().equals(payee.get()))
                    .findFirst().orElseThrow());
        });
    }

    @Override
    public boolean remove(AccessClaims caller, UUID id) {
        return tx.inTransaction(() -> {
            boolean removed = trusted.remove(caller.subject(), id);
            if (removed) {
                auditor.record(AuditType.TRUSTED_PAYEE_REMOVED, caller.subject(), Map.of("entry", id.toString()));
            }
            return removed;
        });
    }
}
