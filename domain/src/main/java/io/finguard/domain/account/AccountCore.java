package io.finguard.domain.account;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** What every account state carries: owner, operational status, balance and the optimistic-lock version. */
public record AccountCore(AccountId id, UserId owner, AccountStatus status, Money balance, Instant openedAt, long version) {
    public AccountCore {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(openedAt, "openedAt");
        if (balance.isNegative()) {
            throw new IllegalArgumentException("balance must never be negative");
        }
    }

    AccountCore withStatus(AccountStatus next) {
        return new AccountCore(id, owner, next, balance, openedAt, version);
    }

    AccountCore withBalance(Money next) {
        return new AccountCore(id, owner, status, next, openedAt, version);
    }
}
