package io.finguard.adapters.persistence.session;

import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_FAMILIES;
import static io.finguard.adapters.persistence.jooq.Tables.USERS;

import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.user.UserMapper;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.SessionSnapshots;
import java.util.Optional;

/**
 * The snapshot as one statement without locks: the user's row left-joined to the session's row where the session is
 * theirs. Rows are mapped by the mappers of their own tables.
 */
public final class PostgresSessionSnapshots implements SessionSnapshots {
    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresSessionSnapshots(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = transactions;
        this.phones = phones;
    }

    @Override
    public Optional<Snapshot> of(UserId user, FamilyId session) {
        return transactions.statement(dsl -> dsl.select(USERS.asterisk(), REFRESH_FAMILIES.asterisk())
                .from(USERS)
                .leftJoin(REFRESH_FAMILIES).on(REFRESH_FAMILIES.ID.eq(session.value()).and(REFRESH_FAMILIES.USER_ID.eq(USERS.ID)))
                .where(USERS.ID.eq(user.value()))
                .fetchOptional()
                .map(row -> new Snapshot(UserMapper.fromRecord(row.into(USERS), phones),
                        Optional.ofNullable(row.get(REFRESH_FAMILIES.ID))
                                .map(id -> RefreshFamilyMapper.fromRecord(row.into(REFRESH_FAMILIES))))));
    }
}
