package io.finguard.domain.policy;

import io.finguard.domain.model.Money;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What each tier may do (flows.md, tier capabilities): scopes, the balance it may hold, and the daily
 * outgoing transfer limit (zero for LIMITED, which cannot send).
 */
public record TierPolicy(Money limitedBalanceCap, Money fullBalanceCap, Money fullDailyTransferLimit) {
    public TierPolicy {
        Objects.requireNonNull(limitedBalanceCap, "limitedBalanceCap");
        Objects.requireNonNull(fullBalanceCap, "fullBalanceCap");
        Objects.requireNonNull(fullDailyTransferLimit, "fullDailyTransferLimit");
        // Checked here so a misconfigured currency fails at start-up, not as an exception in the middle of a transfer.
        if (!limitedBalanceCap.currency().equals(fullBalanceCap.currency())
                || !fullDailyTransferLimit.currency().equals(fullBalanceCap.currency())) {
            throw new IllegalArgumentException("tier caps and limits must share one currency");
        }
        if (limitedBalanceCap.isNegative() || fullBalanceCap.isNegative() || fullDailyTransferLimit.isNegative()) {
            throw new IllegalArgumentException("tier caps and limits must not be negative");
        }
        if (limitedBalanceCap.exceeds(fullBalanceCap)) {
            throw new IllegalArgumentException("the LIMITED cap cannot exceed the FULL cap");
        }
    }

    /** 1,000.00 / 100,000.00 balance caps and 5,000.00 a day, in the given currency. */
    public static TierPolicy defaults(String currency) {
        return new TierPolicy(Money.of(100_000, currency), Money.of(10_000_000, currency), Money.of(500_000, currency));
    }

    public String currency() {
        return fullBalanceCap.currency();
    }

    public Set<Scope> scopes(Tier tier) {
        return switch (tier) {
            case LIMITED -> EnumSet.of(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.KYC_SUBMIT, Scope.SESSION_MANAGE);
            case FULL -> EnumSet.of(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.TRANSFER_CREATE, Scope.SESSION_MANAGE);
        };
    }

    /** Scopes of a frozen account: reading and session management only. */
    public Set<Scope> frozenScopes() {
        return EnumSet.of(Scope.PROFILE_READ, Scope.BALANCE_READ, Scope.SESSION_MANAGE);
    }

    public Money balanceCap(Tier tier) {
        return switch (tier) {
            case LIMITED -> limitedBalanceCap;
            case FULL -> fullBalanceCap;
        };
    }

    public Money dailyTransferLimit(Tier tier) {
        return switch (tier) {
            case LIMITED -> Money.zero(currency());
            case FULL -> fullDailyTransferLimit;
        };
    }
}
