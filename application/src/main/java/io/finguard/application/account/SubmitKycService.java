package io.finguard.application.account;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountEvent;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Transition;
import io.finguard.domain.port.in.SubmitKyc;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.KycProvider;
import io.finguard.domain.port.out.KycSubmission;
import io.finguard.domain.port.out.KycSubmissions;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** S6: a LIMITED account submits documents (bounded resubmissions after a rejection). */
public final class SubmitKycService implements SubmitKyc {
    private final Transactions tx;
    private final Accounts accounts;
    private final KycSubmissions submissions;
    private final KycProvider provider;
    private final int maxSubmissions;
    private final Auditor auditor;
    private final Clock clock;

    public SubmitKycService(Transactions tx, Accounts accounts, KycSubmissions submissions, KycProvider provider, int maxSubmissions,
                     Auditor auditor, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.submissions = submissions;
        this.provider = provider;
        this.maxSubmissions = maxSubmissions;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result submit(Command command) {
        return tx.inTransaction(() -> {
            Optional<Account> found = accounts.lockByOwner(command.user());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            Account account = found.get();
            Transition<Account> step = account.on(new AccountEvent.SubmitKyc(maxSubmissions, clock.instant()));
            if (step.changed()) {
                accounts.update(step.state());
            }
            return switch (step) {
                case Transition.Declined<Account> refused -> new Result.Refused(Refusal.of(refused.reason()), step.state().kycStatus());
                case Transition.Accepted<Account> accepted -> {
                    String reference = provider.submit(account.core().id(), command.documents());
                    submissions.add(new KycSubmission(reference, account.core().id(), clock.instant(), KycStatus.PENDING,
                            Optional.empty()));
                    auditor.record(AuditType.KYC_SUBMITTED, command.user(), Map.of("reference", reference));
                    auditor.publish(new DomainEvent.KycSubmitted(command.user(), clock.instant(), reference));
                    yield new Result.Submitted(reference, step.state().kycStatus());
                }
            };
        });
    }
}
