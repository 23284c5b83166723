package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.ACCOUNTS;
import static io.finguard.adapters.persistence.jooq.Tables.TRANSFERS;
import static io.finguard.adapters.persistence.jooq.Tables.USERS;

import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.user.UserMapper;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.AccountOverviews;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Each read as one statement: the overview is the user's row joined to their account's, with the outgoing sum as a
 * scalar subquery over the transfers index on (source account, time); the holder is the user's row left-joined to
 * their account's. Rows are mapped by the mappers of their own tables.
 */
public final class PostgresAccountOverviews implements AccountOverviews {
    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresAccountOverviews(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = transactions;
        this.phones = phones;
    }

    @Override
    public Optional<AccountOverview> of(UserId owner, Instant sentSince, String currency) {
        Field<BigDecimal> sent = DSL.field(DSL.select(DSL.coalesce(DSL.sum(TRANSFERS.AMOUNT_MINOR), BigDecimal.ZERO))
                .from(TRANSFERS)
                .where(TRANSFERS.SOURCE_ACCOUNT_ID.eq(ACCOUNTS.ID))
                .and(TRANSFERS.CREATED_AT.ge(sentSince))
                .and(TRANSFERS.CURRENCY.eq(currency))).as("sent");
        return transactions.statement(dsl -> dsl.select(USERS.asterisk(), ACCOUNTS.asterisk(), sent)
                .from(USERS)
                .join(ACCOUNTS).on(ACCOUNTS.OWNER_ID.eq(USERS.ID))
                .where(USERS.ID.eq(owner.value()))
                .fetchOptional()
                .map(row -> new AccountOverview(UserMapper.fromRecord(row.into(USERS), phones), AccountMapper.fromRecord(row.into(ACCOUNTS)),
                        Money.of(row.get(sent).longValueExact(), currency))));
    }

    @Override
    public Optional<Holder> holder(UserId user) {
        return transactions.statement(dsl -> dsl.select(USERS.asterisk(), ACCOUNTS.asterisk())
                .from(USERS)
                .leftJoin(ACCOUNTS).on(ACCOUNTS.OWNER_ID.eq(USERS.ID))
                .where(USERS.ID.eq(user.value()))
                .fetchOptional()
                .map(row -> new Holder(UserMapper.fromRecord(row.into(USERS), phones),
                        Optional.ofNullable(row.get(ACCOUNTS.ID)).map(id -> AccountMapper.fromRecord(row.into(ACCOUNTS))))));
    }
}
