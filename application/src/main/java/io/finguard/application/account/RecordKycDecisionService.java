package io.finguard.application.account;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountEvent;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.RecordKycDecision;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.KycSubmission;
import io.finguard.domain.port.out.KycSubmissions;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** S7/S8: records the provider's decision once per submission; VERIFIED makes the account FULL. */
public final class RecordKycDecisionService implements RecordKycDecision {
    private final Transactions tx;
    private final Accounts accounts;
    private final KycSubmissions submissions;
    private final Auditor auditor;
    private final Clock clock;

    public RecordKycDecisionService(Transactions tx, Accounts accounts, KycSubmissions submissions, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.submissions = submissions;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result record(Command command) {
        return tx.inTransaction(() -> {
            Optional<KycSubmission> found = submissions.lock(command.reference());
            if (found.isEmpty()) {
                return new Result.UnknownReference();
            }
            KycSubmission submission = found.get();
            if (submission.status() != KycStatus.PENDING) {
                return new Result.Refused(Refusal.INVALID_STATE);
            }
            Optional<Account> account = accounts.lock(submission.account());
            if (account.isEmpty()) {
                return new Result.UnknownReference();
            }
            Transition<Account> step = account.get().on(new AccountEvent.KycDecided(command.verified(), clock.instant()));
            if (step.changed()) {
                accounts.update(step.state());
            }
            return switch (step) {
                case Transition.Declined<Account> refused -> new Result.Refused(Refusal.of(refused.reason()));
                case Transition.Accepted<Account> accepted -> {
                    KycStatus status = step.state().kycStatus();
                    submissions.update(new KycSubmission(submission.reference(), submission.account(), submission.submittedAt(),
                            status, Optional.of(clock.instant())));
                    auditor.record(AuditType.KYC_DECIDED, step.state().core().owner(),
                            Map.of("reference", submission.reference(), "status", status.name()));
                    UserId owner = step.state().core().owner();
                    auditor.publish(new DomainEvent.KycDecided(owner, clock.instant(), submission.reference(), status.name()));
                    if (step.state().tier() != account.get().tier()) {
                        auditor.publish(new DomainEvent.AccountUpgraded(owner, clock.instant(), step.state().tier().name()));
                    }
                    yield new Result.Recorded(status, step.state().tier());
                }
            };
        });
    }
}
