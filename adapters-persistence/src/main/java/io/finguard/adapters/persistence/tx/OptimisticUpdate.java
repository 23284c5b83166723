package io.finguard.adapters.persistence.tx;

import io.finguard.domain.port.out.ConcurrentUpdateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.UpdateSetMoreStep;
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
        if (updated != 1) {
            refused(dsl, table, id, version, key, expectedVersion, aggregate);
        }
    }

    /**
     * The same write rendered once ({@link RenderedStatement}), for the aggregates every hot request writes: every column
     * of {@code table} but the key, the version and the {@code fixed} ones is written, and each fixed one must still hold
     * the value it had ({@code IS NOT DISTINCT FROM}). A record given to it must carry every written column, so a mapper
     * that forgot one fails instead of writing a null over it.
     */
    public static <R extends UpdatableRecord<R>> Rendered<R> rendered(Table<R> table, TableField<R, UUID> id,
                                                                      TableField<R, Long> version, String aggregate,
                                                                      List<TableField<R, ?>> fixed) {
        List<Field<?>> written = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            if (!field.equals(id) && !field.equals(version) && !fixed.contains(field)) {
                written.add(field);
            }
        }
        return new Rendered<>(table, id, version, aggregate, List.copyOf(written), List.copyOf(fixed));
    }

    /** An optimistic update of one table, rendered once; see {@link #rendered}. */
    public static final class Rendered<R extends UpdatableRecord<R>> {
        private static final String EXPECTED_VERSION = "expected_version";
        private final Table<R> table;
        private final TableField<R, UUID> id;
        private final TableField<R, Long> version;
        private final String aggregate;
        private final List<Field<?>> written;
        private final List<Field<?>> bound = new ArrayList<>();
        private final RenderedStatement statement;

        private Rendered(Table<R> table, TableField<R, UUID> id, TableField<R, Long> version, String aggregate,
                         List<Field<?>> written, List<TableField<R, ?>> fixed) {
            this.table = table;
            this.id = id;
            this.version = version;
            this.aggregate = aggregate;
            this.written = written;
            bound.addAll(written);
            bound.add(id);
            bound.addAll(fixed);
            this.statement = RenderedStatement.of(dsl -> {
                UpdateSetMoreStep<R> update = dsl.update(table).set(version, version.plus(DSL.inline(1L)));
                for (Field<?> field : written) {
                    update = set(update, field);
                }
                Condition unchanged = DSL.noCondition();
                for (TableField<R, ?> field : fixed) {
                    unchanged = unchanged.and(notDistinct(field));
                }
                return update.where(id.eq(RenderedStatement.param(id)))
                        .and(version.eq(DSL.param(EXPECTED_VERSION, version.getDataType())))
                        .and(unchanged);
            });
        }

        private static <R extends UpdatableRecord<R>, T> UpdateSetMoreStep<R> set(UpdateSetMoreStep<R> update, Field<T> field) {
            return update.set(field, RenderedStatement.param(field));
        }

        private static <T> Condition notDistinct(Field<T> field) {
            return field.isNotDistinctFrom(RenderedStatement.param(field));
        }

        /** Writes {@code values} over the row of its key when that row is still at {@code expectedVersion}. */
        public void apply(DSLContext dsl, R values, long expectedVersion) {
            for (Field<?> field : written) {
                if (!values.changed(field)) {
                    throw new IllegalArgumentException(aggregate + ": no value for " + field.getName());
                }
            }
            Map<String, Object> bind = RenderedStatement.valuesOf(values, bound);
            bind.put(EXPECTED_VERSION, expectedVersion);
            if (statement.execute(dsl, bind) != 1) {
                refused(dsl, table, id, version, values.get(id), expectedVersion, aggregate);
            }
        }
    }

    /** No row was written: either a fixed column differs (a caller's bug) or someone else wrote first. */
    private static <R extends UpdatableRecord<R>> void refused(DSLContext dsl, Table<R> table, TableField<R, UUID> id,
                                                              TableField<R, Long> version, UUID key, long expectedVersion,
                                                              String aggregate) {
        boolean versionMatches = dsl.fetchExists(table, id.eq(key).and(version.eq(expectedVersion)));
        if (versionMatches) {
            throw new IllegalArgumentException(aggregate + " " + key + ": a field that never changes was changed");
        }
        throw new ConcurrentUpdateException(aggregate, key);
    }
}
