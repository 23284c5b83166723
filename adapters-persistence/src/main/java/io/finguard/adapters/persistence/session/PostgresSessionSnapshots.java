package io.finguard.adapters.persistence.session;

import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_FAMILIES;
import static io.finguard.adapters.persistence.jooq.Tables.USERS;

import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.RenderedQuery;
import io.finguard.adapters.persistence.user.UserMapper;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.SessionSnapshots;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * The snapshot as one statement without locks: the user's row left-joined to the session's row where the session is
 * theirs. Rows are mapped by the mappers of their own tables.
 */
public final class PostgresSessionSnapshots implements SessionSnapshots {
    // Every introspection reads this: rendered once (RenderedQuery).
    private static final RenderedQuery SNAPSHOT = RenderedQuery.of(dsl -> dsl.select(USERS.fields())
            .select(REFRESH_FAMILIES.fields())
            .from(USERS)
            .leftJoin(REFRESH_FAMILIES).on(REFRESH_FAMILIES.ID.eq(DSL.param("session", REFRESH_FAMILIES.ID.getDataType()))
                    .and(REFRESH_FAMILIES.USER_ID.eq(USERS.ID)))
            .where(USERS.ID.eq(DSL.param("user", USERS.ID.getDataType()))));
    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresSessionSnapshots(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = transactions;
        this.phones = phones;
    }

    @Override
    public Optional<Snapshot> of(UserId user, FamilyId session) {
        return transactions.statement(connection -> SNAPSHOT.fetchOptional(connection, Map.of("session", session.value(), "user", user.value()))
                .map(row -> new Snapshot(UserMapper.fromRecord(row.into(USERS), phones),
                        Optional.ofNullable(row.get(REFRESH_FAMILIES.ID))
                                .map(id -> RefreshFamilyMapper.fromRecord(row.into(REFRESH_FAMILIES))))));
    }
}
