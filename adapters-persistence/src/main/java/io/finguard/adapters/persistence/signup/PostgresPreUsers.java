package io.finguard.adapters.persistence.signup;

import static io.finguard.adapters.persistence.jooq.Tables.PRE_USERS;

import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.jooq.tables.records.PreUsersRecord;
import io.finguard.adapters.persistence.tx.OptimisticUpdate;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserStatus;
import java.util.List;
import java.util.Optional;

/** Signups in pre_users; phone_claims (kept by triggers) holds each phone for one live signup or user. */
public final class PostgresPreUsers implements PreUsers {
    private static final List<String> LIVE = PreUserMapper.liveStatuses();

    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresPreUsers(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = transactions;
        this.phones = phones;
    }

    @Override
    public void add(PreUser preUser) {
        transactions.dsl().executeInsert(PreUserMapper.toRecord(preUser, phones));
    }

    @Override
    public Optional<PreUser> lock(PreUserId id) {
        return transactions.dsl().selectFrom(PRE_USERS)
                .where(PRE_USERS.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional()
                .map(this::fromRecord);
    }

    @Override
    public Optional<PreUser> lockLiveByPhone(PhoneNumber phone) {
        return transactions.dsl().selectFrom(PRE_USERS)
                .where(PRE_USERS.PHONE_INDEX.eq(phones.index(phone)))
                .and(PRE_USERS.STATUS.in(LIVE))
                .forUpdate()
                .fetchOptional()
                .map(this::fromRecord);
    }

    @Override
    public void update(PreUser preUser) {
        OptimisticUpdate.apply(transactions.dsl(), PRE_USERS, PreUserMapper.toRecord(preUser, phones), PRE_USERS.ID,
                PRE_USERS.VERSION, preUser.version(), "PreUser");
    }

    @Override
    public List<PreUser> underReview(int limit) {
        return transactions.dsl().selectFrom(PRE_USERS)
                .where(PRE_USERS.STATUS.eq(PreUserStatus.UNDER_REVIEW.name()))
                .orderBy(PRE_USERS.CREATED_AT, PRE_USERS.ID)
                .limit(Math.max(0, limit))
                .fetch(this::fromRecord);
    }

    private PreUser fromRecord(PreUsersRecord row) {
        return PreUserMapper.fromRecord(row, phones);
    }
}
