package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.ACCOUNTS;
import static io.finguard.adapters.persistence.jooq.Tables.TRANSFERS;
import static io.finguard.adapters.persistence.jooq.Tables.USERS;

import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.RenderedQuery;
import io.finguard.adapters.persistence.user.UserMapper;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.AccountOverviews;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Each read as one statement: the overview is the user's row joined to their account's, with the outgoing sum as a
 * scalar subquery over the transfers index on (source account, time); the holder is the user's row left-joined to
 * their account's. Rows are mapped by the mappers of their own tables.
 */
public final class PostgresAccountOverviews implements AccountOverviews {
    // GET /v1/me's statement, rendered once (RenderedQuery): the outgoing sum is the one field not of a table.
    private static final Field<BigDecimal> SENT = DSL.field(DSL.select(DSL.coalesce(DSL.sum(TRANSFERS.AMOUNT_MINOR), DSL.inline(BigDecimal.ZERO)))
            .from(TRANSFERS)
            .where(TRANSFERS.SOURCE_ACCOUNT_ID.eq(ACCOUNTS.ID))
            .and(TRANSFERS.CREATED_AT.ge(DSL.param("since", TRANSFERS.CREATED_AT.getDataType())))
            .and(TRANSFERS.CURRENCY.eq(DSL.param("currency", TRANSFERS.CURRENCY.getDataType())))).as("sent");
    private static final RenderedQuery OVERVIEW = RenderedQuery.of(dsl -> dsl.select(USERS.fields()).select(ACCOUNTS.fields())
            .select(SENT)
            .from(USERS)
            .join(ACCOUNTS).on(ACCOUNTS.OWNER_ID.eq(USERS.ID))
            .where(USERS.ID.eq(DSL.param("owner", USERS.ID.getDataType()))));

    // A refresh's read of the user and their account, rendered once as well.
    private static final RenderedQuery HOLDER = RenderedQuery.of(dsl -> dsl.select(USERS.fields()).select(ACCOUNTS.fields())
            .from(USERS)
            .leftJoin(ACCOUNTS).on(ACCOUNTS.OWNER_ID.eq(USERS.ID))
            .where(USERS.ID.eq(DSL.param("user", USERS.ID.getDataType()))));
    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresAccountOverviews(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = transactions;
        this.phones = phones;
    }

    @Override
    public Optional<AccountOverview> of(UserId owner, Instant sentSince, String currency) {
        return transactions.statement(connection -> OVERVIEW.fetchOptional(connection, Map.of("owner", owner.value(), "since", sentSince,
                        "currency", currency))
                .map(row -> new AccountOverview(UserMapper.fromRecord(row.into(USERS), phones), AccountMapper.fromRecord(row.into(ACCOUNTS)),
                        Money.of(row.get(SENT).longValueExact(), currency))));
    }

    @Override
    public Optional<Holder> holder(UserId user) {
        return transactions.statement(connection -> HOLDER.fetchOptional(connection, Map.of("user", user.value()))
                .map(row -> new Holder(UserMapper.fromRecord(row.into(USERS), phones),
                        Optional.ofNullable(row.get(ACCOUNTS.ID)).map(id -> AccountMapper.fromRecord(row.into(ACCOUNTS))))));
    }
}
