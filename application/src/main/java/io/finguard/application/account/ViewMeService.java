package io.finguard.application.account;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.CoolingOff;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.port.in.MeView;
import io.finguard.domain.port.in.ViewMe;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.Ledger;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/** GET /v1/me: user, status, tier, KYC state, balance, today's limits, and the cooling-off after a change of number. */
public final class ViewMeService implements ViewMe {
    private final Transactions tx;
    private final Users users;
    private final Accounts accounts;
    private final Ledger ledger;
    private final TierPolicy tiers;
    private final CoolingOff coolingOff;
    private final Clock clock;

    public ViewMeService(Transactions tx, Users users, Accounts accounts, Ledger ledger, TierPolicy tiers, CoolingOff coolingOff,
                         Clock clock) {
        this.tx = tx;
        this.users = users;
        this.accounts = accounts;
        this.ledger = ledger;
        this.tiers = tiers;
        this.coolingOff = coolingOff;
        this.clock = clock;
    }

    @Override
    public Result view(UserId id) {
        return tx.inTransaction(() -> {
            Optional<User> user = users.find(id);
            Optional<Account> account = accounts.findByOwner(id);
            if (user.isEmpty() || account.isEmpty()) {
                return new Result.NotFound();
            }
            User u = user.get();
            Account a = account.get();
            Money sent = ledger.outgoingSince(a.core().id(), Days.startOfToday(clock), tiers.currency());
            return new Result.Found(new MeView(u.id(), u.facts().phone().masked(), u.facts().profile().firstName(),
                    u.facts().profile().lastName(), u.status(), a.tier(), a.kycStatus(), a.core().status(), a.core().balance(),
                    tiers.balanceCap(a.tier()), tiers.dailyTransferLimit(a.tier()), sent,
                    coolingOff.until(u.facts().phoneChangedAt(), clock.instant())));
        });
    }
}
