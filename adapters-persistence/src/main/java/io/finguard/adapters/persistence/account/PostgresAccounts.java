package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.ACCOUNTS;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.OptimisticUpdate;
import io.finguard.adapters.persistence.tx.RenderedQuery;
import io.finguard.adapters.persistence.tx.RenderedStatement;
import io.finguard.domain.account.Account;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Accounts;
import java.util.Map;
import java.util.Optional;

/** Accounts in accounts: one per owner, balance never negative (CHECK), versioned. */
public final class PostgresAccounts implements Accounts {
    // Every login and step-up reads the owner's account: rendered once (RenderedQuery).
    private static final RenderedQuery BY_OWNER = RenderedQuery.of(dsl -> dsl.select(ACCOUNTS.fields()).from(ACCOUNTS)
            .where(ACCOUNTS.OWNER_ID.eq(RenderedStatement.param(ACCOUNTS.OWNER_ID))));
    private final JooqTransactions transactions;

    public PostgresAccounts(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Account account) {
        transactions.dsl().executeInsert(AccountMapper.toRecord(account));
    }

    @Override
    public Optional<Account> findByOwner(UserId owner) {
        return BY_OWNER.fetchOptional(transactions.dsl(), Map.of(ACCOUNTS.OWNER_ID.getName(), owner.value()))
                .map(row -> AccountMapper.fromRecord(row.into(ACCOUNTS)));
    }

    @Override
    public Optional<Account> lock(AccountId id) {
        return transactions.dsl().selectFrom(ACCOUNTS)
                .where(ACCOUNTS.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional()
                .map(AccountMapper::fromRecord);
    }

    @Override
    public Optional<Account> lockByOwner(UserId owner) {
        return transactions.dsl().selectFrom(ACCOUNTS)
                .where(ACCOUNTS.OWNER_ID.eq(owner.value()))
                .forUpdate()
                .fetchOptional()
                .map(AccountMapper::fromRecord);
    }

    @Override
    public void update(Account account) {
        OptimisticUpdate.apply(transactions.dsl(), ACCOUNTS, AccountMapper.toRecord(account), ACCOUNTS.ID,
                ACCOUNTS.VERSION, account.core().version(), "Account",
                ACCOUNTS.OWNER_ID.eq(account.core().owner().value()));
    }
}
