package io.finguard.adapters.persistence.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.conf.ParamType;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.TooManyRowsException;
import org.jooq.impl.DSL;

/**
 * A SELECT whose SQL jOOQ renders once, when its repository class loads, instead of on every execution: jOOQ renders a
 * query from its tree each time it runs, the same text each time for a fixed statement, and on the hottest reads that
 * was a fifth of the route's time (benchmarks/profiles/me-rendered-once.txt). Written with the DSL as any query, with
 * named parameters ({@link DSL#param(String, org.jooq.DataType)}), each used once; each execution binds values for
 * them, with their data types and so their converters, into the rendered text, and its rows carry the query's own
 * fields, so records map as before.
 */
public final class RenderedQuery {
    private static final DSLContext RENDERER = DSL.using(SQLDialect.POSTGRES, JooqTransactions.settings());
    private final String sql;
    private final List<Param<?>> params;
    private final Field<?>[] fields;

    private RenderedQuery(String sql, List<Param<?>> params, Field<?>[] fields) {
        this.sql = sql;
        this.params = params;
        this.fields = fields;
    }

    /** Renders {@code query} now; a parameter without a name, or a name used twice, is refused. */
    public static RenderedQuery of(Function<DSLContext, Select<?>> query) {
        Select<?> built = query.apply(RENDERER);
        // Inlined values (DSL.inline) are part of the text, not parameters.
        List<Param<?>> params = built.getParams().values().stream().filter(p -> !p.isInline()).toList();
        if (params.size() != built.getBindValues().size() || params.stream().anyMatch(p -> p.getParamName() == null)) {
            throw new IllegalArgumentException("every bind value of a rendered query is a named parameter, used once");
        }
        // The select list as written (qualified table fields), not fields(), which describes the result as a derived
        // table.
        return new RenderedQuery(built.getSQL(ParamType.INDEXED), params, built.getSelect().toArray(Field<?>[]::new));
    }

    /**
     * Runs the statement with {@code values} (by parameter name; one for each, no more) on {@code connection}. The text
     * goes to JDBC as rendered: handing it to jOOQ as plain SQL would have it parsed for placeholders again, a character
     * at a time. Each value is converted by its parameter's data type; the rows are read by position into the query's
     * own fields (qualified as written, so {@code into(TABLE)} maps them as for the query itself).
     */
    public Result<Record> fetch(Connection connection, Map<String, ?> values) {
        return execute(connection, bound(values));
    }

    /** As {@link #fetch(Connection, Map)}, on the connection of {@code dsl} (a transaction's). */
    public Result<Record> fetch(DSLContext dsl, Map<String, ?> values) {
        Object[] bound = bound(values);
        return dsl.connectionResult(connection -> execute(connection, bound));
    }

    private Result<Record> execute(Connection connection, Object[] bound) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < bound.length; i++) {
                statement.setObject(i + 1, bound[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                // Reading needs only the dialect and the fields' own types: no configuration bound to the connection.
                return RENDERER.fetch(rows, fields);
            }
        } catch (SQLException e) {
            throw PostgresErrors.translate(new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e));
        }
    }

    /** At most one row, as {@link #fetch(Connection, Map)}. */
    public Optional<Record> fetchOptional(Connection connection, Map<String, ?> values) {
        return atMostOne(fetch(connection, values));
    }

    /** At most one row, as {@link #fetch(DSLContext, Map)}. */
    public Optional<Record> fetchOptional(DSLContext dsl, Map<String, ?> values) {
        return atMostOne(fetch(dsl, values));
    }

    private static Optional<Record> atMostOne(Result<Record> rows) {
        if (rows.size() > 1) {
            throw new TooManyRowsException("the query returned " + rows.size() + " rows");
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private Object[] bound(Map<String, ?> values) {
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
     * the schema uses (text, uuid, integers, numeric, bytea, dates) as it is.
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
