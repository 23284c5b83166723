package io.finguard.application.account;

import io.finguard.application.Auditor;
import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountEvent;
import io.finguard.domain.model.Money;
import io.finguard.domain.policy.DepositDenial;
import io.finguard.domain.policy.DepositRules;
import io.finguard.domain.port.in.FundAccount;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Stub deposit by an operator: the deposit rules decide on the locked account, which is credited with a ledger entry. */
public final class FundAccountService implements FundAccount {
    private final Transactions tx;
    private final Accounts accounts;
    private final Ledger ledger;
    private final DepositRules rules;
    private final Auditor auditor;
    private final Clock clock;

    public FundAccountService(Transactions tx, Accounts accounts, Ledger ledger, DepositRules rules, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.accounts = accounts;
        this.ledger = ledger;
        this.rules = rules;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result fund(Command command) {
        Money amount = command.amount();
        return tx.inTransaction(() -> {
            Optional<Account> found = accounts.lockByOwner(command.user());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            Account account = found.get();
            Optional<DepositDenial> denial = rules.check(account, amount);
            if (denial.isPresent()) {
                return new Result.Refused(denial.get());
            }
            Account funded = Moves.accepted(account.on(new AccountEvent.Credit(amount, clock.instant())));
            accounts.update(funded);
            ledger.recordDeposit(account.core().id(), amount, clock.instant());
            auditor.record(AuditType.ACCOUNT_FUNDED, command.user(), Map.of("amountMinor", Long.toString(amount.minor())));
            return new Result.Funded(funded.core().balance());
        });
    }
}
