package io.finguard.adapters.persistence.tx;

import io.finguard.domain.port.out.ConcurrentUpdateException;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * {@code UPDATE ... SET <every column>, version = version + 1 WHERE id = ? AND version = ?}: the write of a
 * versioned aggregate. No row means someone else wrote first (or the row never existed).
 */
public final class OptimisticUpdate {
    private OptimisticUpdate() {
    }

    public static <R extends UpdatableRecord<R>> void apply(DSLContext dsl, Table<R> table, R values,
                                                            TableField<R, UUID> id, TableField<R, Long> version,
                                                            long expectedVersion, String aggregate) {
        apply(dsl, table, values, id, version, expectedVersion, aggregate, DSL.noCondition());
    }

    /** As above, with an extra condition on what never changes (owner, facts); a mismatch is a caller's bug. */
    public static <R extends UpdatableRecord<R>> void apply(DSLContext dsl, Table<R> table, R values,
                                                            TableField<R, UUID> id, TableField<R, Long> version,
                                                            long expectedVersion, String aggregate, Condition unchanged) {
        UUID key = values.get(id);
        values.changed(id, false);
        values.changed(version, false);
        int updated = dsl.update(table)
                .set(values)
                .set(version, version.plus(1L))
                .where(id.eq(key).and(version.eq(expectedVersion)).and(unchanged))
                .execute();
        if (updated == 1) {
            return;
        }
        boolean versionMatches = dsl.fetchExists(table, id.eq(key).and(version.eq(expectedVersion)));
        if (versionMatches) {
            throw new IllegalArgumentException(aggregate + " " + key + ": a field that never changes was changed");
        }
        throw new ConcurrentUpdateException(aggregate, key);
    }
}
