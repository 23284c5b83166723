package io.finguard.adapters.persistence.phone;

import io.finguard.adapters.persistence.PhoneColumns;
import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.PhoneReseals;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

/**
 * {@link PhoneReseals} on PostgreSQL: every phone column in turn ({@link PhoneColumns#ALL}), rows under another key id
 * than the current one picked with {@code FOR UPDATE SKIP LOCKED}, each opened and sealed again; the index stays as
 * it is, so no claim, unique index or lookup notices. A row that does not open (its key is no longer configured) is
 * an error, as everywhere a number is read: the operator removed a key too early.
 */
public final class PostgresPhoneReseals implements PhoneReseals {
    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresPhoneReseals(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    @Override
    public int resealOutdated(int limit) {
        DSLContext dsl = transactions.dsl();
        String current = phones.currentKeyId();
        int done = 0;
        for (PhoneColumns.Place place : PhoneColumns.ALL) {
            if (done >= limit) {
                break;
            }
            StoredPhones.Columns columns = place.columns();
            for (Record row : dsl.select(place.key(), columns.index(), columns.sealed(), columns.keyId())
                    .from(place.table())
                    .where(columns.keyId().ne(current))
                    .limit(limit - done)
                    .forUpdate().skipLocked()
                    .fetch()) {
                PhoneNumber phone = phones.read(row, columns);
                Sealed sealed = phones.seal(phone);
                dsl.update(place.table())
                        .set(columns.sealed(), sealed.bytes())
                        .set(columns.keyId(), sealed.keyId())
                        .where(sameRow(place.key(), row))
                        .execute();
                done++;
            }
        }
        return done;
    }

    @Override
    public long outdated() {
        DSLContext dsl = transactions.dsl();
        String current = phones.currentKeyId();
        long count = 0;
        for (PhoneColumns.Place place : PhoneColumns.ALL) {
            count += dsl.fetchCount(place.table(), place.columns().keyId().ne(current));
        }
        return count;
    }

    private static <T> Condition sameRow(Field<T> key, Record row) {
        return key.eq(row.get(key));
    }
}
