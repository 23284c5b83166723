package io.finguard.domain.policy;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Money;
import java.util.Objects;
import java.util.Optional;

/** Deposits: a positive amount in the tiers' currency, into an active account, up to its tier's balance cap. */
public record DepositRules(TierPolicy tiers) {
    public DepositRules {
        Objects.requireNonNull(tiers, "tiers");
    }

    /** Empty when allowed, else the first rule that refuses, in the order of the class comment. */
    public Optional<DepositDenial> check(Account account, Money amount) {
        if (!amount.isPositive()) {
            return Optional.of(DepositDenial.INVALID_AMOUNT);
        }
        if (!amount.currency().equals(tiers.currency())) {
            return Optional.of(DepositDenial.CURRENCY_MISMATCH);
        }
        if (account.core().status() != AccountStatus.ACTIVE) {
            return Optional.of(DepositDenial.ACCOUNT_NOT_ACTIVE);
        }
        // Compared against the room left rather than summed: a huge amount must be a denial, not a long overflow.
        Money room = tiers.balanceCap(account.tier()).minus(account.core().balance());
        if (amount.exceeds(room)) {
            return Optional.of(DepositDenial.BALANCE_CAP);
        }
        return Optional.empty();
    }
}
