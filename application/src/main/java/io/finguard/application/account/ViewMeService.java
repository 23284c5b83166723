package io.finguard.application.account;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
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

/** GET /v1/me: user, status, tier, KYC state, balance and today's limits. */
public final class ViewMeService implements ViewMe {
    private final Transactions tx;
    private final Users users;
    private final Accounts accounts;
    private final Ledger ledger;
    private final TierPolicy tiers;
    private final Clock clock;

    public ViewMeService(Transactions tx, Users users, Accounts accounts, Ledger ledger, TierPolicy tiers, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.accounts = accounts;
        this.ledger = ledger;
        this.tiers = tiers;
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
                    tiers.balanceCap(a.tier()), tiers.dailyTransferLimit(a.tier()), sent));
        });
    }
}
