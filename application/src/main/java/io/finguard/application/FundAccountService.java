package io.finguard.application;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Stub deposit by an operator: credits an active account up to its tier's balance cap, with a ledger entry. */
public final class FundAccountService implements FundAccount {
    private final Transactions tx;
    private final Accounts accounts;
    private final Ledger ledger;
    private final TierPolicy tiers;
    private final Auditor auditor;
    private final Clock clock;

    FundAccountService(Transactions tx, Accounts accounts, Ledger ledger, TierPolicy tiers, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.ledger = ledger;
        this.tiers = tiers;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result fund(Command command) {
        Money amount = command.amount();
        if (!amount.isPositive()) {
            return new Result.Refused(Refusal.INVALID_AMOUNT);
        }
        if (!amount.currency().equals(tiers.currency())) {
            return new Result.Refused(Refusal.CURRENCY_MISMATCH);
        }
        return tx.inTransaction(() -> {
            Optional<Account> found = accounts.lockByOwner(command.user());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            Account account = found.get();
            if (account.core().status() != AccountStatus.ACTIVE) {
                return new Result.Refused(Refusal.ACCOUNT_NOT_ACTIVE);
            }
            Money after = account.core().balance().plus(amount);
            if (after.exceeds(tiers.balanceCap(account.tier()))) {
                return new Result.Refused(Refusal.BALANCE_CAP);
            }
            accounts.update(account.withCore(account.core().withBalance(after)));
            ledger.recordDeposit(account.core().id(), amount, clock.instant());
            auditor.record(AuditType.ACCOUNT_FUNDED, command.user(), Map.of("amountMinor", Long.toString(amount.minor())));
            return new Result.Funded(after);
        });
    }
}
