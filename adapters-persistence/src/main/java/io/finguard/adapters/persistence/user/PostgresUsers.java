package io.finguard.adapters.persistence.user;

import static io.finguard.adapters.persistence.jooq.Tables.USERS;

import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.jooq.tables.records.UsersRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.OptimisticUpdate;
import io.finguard.adapters.persistence.tx.RenderedQuery;
import io.finguard.adapters.persistence.tx.RenderedStatement;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.user.User;
import java.util.Map;
import java.util.Optional;

/** Users in users; the phone is unique among users and, through phone_claims, against live signups. */
public final class PostgresUsers implements Users {
    // Every login, step-up and session check reads a user by id: rendered once (RenderedQuery).
    private static final RenderedQuery FIND = RenderedQuery.of(dsl -> dsl.select(USERS.fields()).from(USERS)
            .where(USERS.ID.eq(RenderedStatement.param(USERS.ID))));
    private static final RenderedQuery LOCK = RenderedQuery.of(dsl -> dsl.select(USERS.fields()).from(USERS)
            .where(USERS.ID.eq(RenderedStatement.param(USERS.ID))).forUpdate());
    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresUsers(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = transactions;
        this.phones = phones;
    }

    @Override
    public void add(User user) {
        transactions.dsl().executeInsert(UserMapper.toRecord(user, phones));
        transactions.scope().remove(new Locked(user.id()));
    }

    @Override
    public Optional<User> find(UserId id) {
        return byId(FIND, id);
    }

    @Override
    public Optional<User> findByPhone(PhoneNumber phone) {
        return transactions.dsl().selectFrom(USERS)
                .where(USERS.PHONE_INDEX.eq(phones.index(phone)).and(USERS.STATUS.ne(UserStatus.PHONE_RELEASED.name()))).fetchOptional().map(this::fromRecord);
    }

    @Override
    public Optional<User> lock(UserId id) {
        // Held rows: a step-up locks its user in the service, in the session check and again in the session cap; every
        // write of a user passes through update, which forgets the row, so what is kept is what the row holds now.
        Map<Object, Object> held = transactions.scope();
        if (held.get(new Locked(id)) instanceof User user) {
            return Optional.of(user);
        }
        Optional<User> locked = byId(LOCK, id);
        locked.ifPresent(user -> held.put(new Locked(id), user));
        return locked;
    }

    @Override
    public void update(User user) {
        transactions.scope().remove(new Locked(user.id()));
        OptimisticUpdate.apply(transactions.dsl(), USERS, UserMapper.toRecord(user, phones), USERS.ID, USERS.VERSION,
                user.facts().version(), "User");
    }

    /** The key of a user's row this transaction holds locked, in {@link JooqTransactions#scope()}. */
    private record Locked(UserId id) {
    }

    private Optional<User> byId(RenderedQuery query, UserId id) {
        return query.fetchOptional(transactions.dsl(), Map.of(USERS.ID.getName(), id.value()))
                .map(row -> fromRecord(row.into(USERS)));
    }

    private User fromRecord(UsersRecord row) {
        return UserMapper.fromRecord(row, phones);
    }
}
