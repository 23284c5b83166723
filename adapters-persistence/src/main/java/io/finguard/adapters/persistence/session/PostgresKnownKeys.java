package io.finguard.adapters.persistence.session;

import static io.finguard.adapters.persistence.jooq.Tables.KNOWN_KEYS;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.KnownDevice;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.KnownKeys;
import java.time.Instant;
import java.util.List;
import org.jooq.impl.DSL;

/** Known devices in known_keys: one row per user and DPoP key thumbprint, with first and last seen. */
public final class PostgresKnownKeys implements KnownKeys {
    private final JooqTransactions transactions;

    public PostgresKnownKeys(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void steppedUp(UserId user, KeyThumbprint key, Instant at) {
        transactions.dsl().insertInto(KNOWN_KEYS, KNOWN_KEYS.USER_ID, KNOWN_KEYS.KEY_THUMBPRINT, KNOWN_KEYS.FIRST_SEEN_AT,
                        KNOWN_KEYS.LAST_SEEN_AT)
                .values(user.value(), key.value(), at, at)
                .onConflict(KNOWN_KEYS.USER_ID, KNOWN_KEYS.KEY_THUMBPRINT)
                .doUpdate()
                .set(KNOWN_KEYS.LAST_SEEN_AT, DSL.greatest(KNOWN_KEYS.LAST_SEEN_AT, DSL.excluded(KNOWN_KEYS.LAST_SEEN_AT)))
                .execute();
    }

    @Override
    public void seen(UserId user, KeyThumbprint key, Instant at) {
        transactions.dsl().update(KNOWN_KEYS)
                .set(KNOWN_KEYS.LAST_SEEN_AT, DSL.greatest(KNOWN_KEYS.LAST_SEEN_AT, DSL.val(at)))
                .where(KNOWN_KEYS.USER_ID.eq(user.value()).and(KNOWN_KEYS.KEY_THUMBPRINT.eq(key.value())))
                .execute();
    }

    @Override
    public boolean isKnown(UserId user, KeyThumbprint key) {
        return transactions.dsl().fetchExists(KNOWN_KEYS,
                KNOWN_KEYS.USER_ID.eq(user.value()).and(KNOWN_KEYS.KEY_THUMBPRINT.eq(key.value())));
    }

    @Override
    public List<KnownDevice> of(UserId user) {
        return transactions.dsl().selectFrom(KNOWN_KEYS)
                .where(KNOWN_KEYS.USER_ID.eq(user.value()))
                .orderBy(KNOWN_KEYS.LAST_SEEN_AT.desc(), KNOWN_KEYS.KEY_THUMBPRINT)
                .fetch(r -> new KnownDevice(new KeyThumbprint(r.getKeyThumbprint()), r.getFirstSeenAt(), r.getLastSeenAt()));
    }

    @Override
    public boolean forget(UserId user, KeyThumbprint key) {
        return transactions.dsl().deleteFrom(KNOWN_KEYS)
                .where(KNOWN_KEYS.USER_ID.eq(user.value()).and(KNOWN_KEYS.KEY_THUMBPRINT.eq(key.value())))
                .execute() == 1;
    }
}
