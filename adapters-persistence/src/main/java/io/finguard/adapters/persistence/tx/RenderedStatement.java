package io.finguard.adapters.persistence.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A statement whose SQL jOOQ renders once, when its repository class loads, instead of on every execution: jOOQ renders
 * a query from its tree each time it runs, the same text each time for a fixed statement, and on the hottest routes that
 * was a fifth of their time (benchmarks/profiles/me-rendered-once.txt, refresh-rendered-writes.txt). Written with the
 * DSL as any statement, with named parameters ({@link DSL#param(String, org.jooq.DataType)}), each used once; each
 * execution binds values for them, converted by their data types, into the rendered text and hands it to JDBC. Writes
 * run through {@link #execute}; a SELECT is a {@link RenderedQuery}, which reads its rows into the query's own fields.
 */
public final class RenderedStatement {
    static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, JooqTransactions.settings());
    private final String sql;
    private final List<Param<?>> params;

    private RenderedStatement(String sql, List<Param<?>> params) {
        this.sql = sql;
        this.params = params;
    }

    /** Renders {@code statement} now; a parameter without a name, or a name used twice, is refused. */
    public static RenderedStatement of(Function<DSLContext, ? extends Query> statement) {
        return of(statement.apply(RENDERER));
    }

    static RenderedStatement of(Query built) {
        // Inlined values (DSL.inline) are part of the text, not parameters.
        List<Param<?>> params = built.getParams().values().stream().filter(p -> !p.isInline()).toList();
        if (params.size() != built.getBindValues().size() || params.stream().anyMatch(p -> p.getParamName() == null)) {
            throw new IllegalArgumentException("every bind value of a rendered statement is a named parameter, used once");
        }
        return new RenderedStatement(built.getSQL(ParamType.INDEXED), params);
    }

    /**
     * {@code INSERT} of every column of {@code table}, each value a parameter named as its column: bind a record that
     * carries every column with {@link #valuesOf}.
     */
    public static RenderedStatement insert(Table<?> table) {
        Map<Field<?>, Param<?>> row = new LinkedHashMap<>();
        for (Field<?> field : table.fields()) {
            row.put(field, param(field));
        }
        return of(dsl -> dsl.insertInto(table).set(row));
    }

    /** A parameter named as {@code field} is, with its data type (and so its converter). */
    public static <T> Param<T> param(Field<T> field) {
        return DSL.param(field.getName(), field.getDataType());
    }

    /** The values of {@code fields} in {@code row}, by field name: the values of parameters made by {@link #param}. */
    public static Map<String, Object> valuesOf(Record row, List<? extends Field<?>> fields) {
        Map<String, Object> values = new HashMap<>();
        for (Field<?> field : fields) {
            values.put(field.getName(), row.get(field));
        }
        return values;
    }

    /** Runs the write with {@code values} (by parameter name; one for each, no more) in {@code dsl}'s transaction. */
    public int execute(DSLContext dsl, Map<String, ?> values) {
        Object[] bound = bound(values);
        return dsl.connectionResult(connection -> run(connection, bound, PreparedStatement::executeUpdate));
    }

    /** What a prepared, bound statement is asked for. */
    @FunctionalInterface
    interface Execution<T> {
        T on(PreparedStatement statement) throws SQLException;
    }

    /**
     * Prepares the text on {@code connection}, binds {@code bound} in order and runs {@code execution}; a driver error is
     * translated as the execute listener translates jOOQ's own.
     */
    <T> T run(Connection connection, Object[] bound, Execution<T> execution) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < bound.length; i++) {
                statement.setObject(i + 1, bound[i]);
            }
            return execution.on(statement);
        } catch (SQLException e) {
            throw PostgresErrors.translate(new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e));
        }
    }

    /** The values in parameter order, each as JDBC takes it; a missing or unknown name is refused. */
    Object[] bound(Map<String, ?> values) {
        if (values.size() != params.size()) {
            throw new IllegalArgumentException("values for " + values.keySet() + ", parameters " + names());
        }
        Object[] bound = new Object[params.size()];
        for (int i = 0; i < bound.length; i++) {
            Param<?> param = params.get(i);
            if (!values.containsKey(param.getParamName())) {
                throw new IllegalArgumentException("no value for parameter " + param.getParamName());
            }
            bound[i] = toDatabase(param.getDataType().getConverter(), values.get(param.getParamName()));
        }
        return bound;
    }

    /**
     * The value as JDBC takes it: through the parameter's converter, then an {@link Instant} (which jOOQ's binding, not
     * its converter, turns into a timestamp) as an {@link OffsetDateTime}; PostgreSQL's driver takes every other type
     * the schema uses (text, uuid, integers, numeric, bytea, dates, text arrays) as it is. A null stays null.
     */
    @SuppressWarnings("unchecked")
    private static <T> Object toDatabase(Converter<?, T> converter, Object value) {
        Object database = converter.to((T) converter.toType().cast(value));
        return database instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : database;
    }

    /** The rendered text, with a {@code ?} for each parameter. */
    String sql() {
        return sql;
    }

    private List<String> names() {
        return params.stream().map(Param::getParamName).map(Objects::toString).toList();
    }
}
