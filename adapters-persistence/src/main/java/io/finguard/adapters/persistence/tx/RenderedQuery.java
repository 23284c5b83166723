package io.finguard.adapters.persistence.tx;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Select;
import org.jooq.exception.TooManyRowsException;
import org.jooq.impl.DSL;

/**
 * A SELECT rendered once ({@link RenderedStatement}), whose rows carry the query's own fields, so records map as before:
 * written with the DSL as any query, with named parameters ({@link DSL#param(String, org.jooq.DataType)}), each used
 * once (benchmarks/profiles/me-rendered-once.txt).
 */
public final class RenderedQuery {
    private final RenderedStatement statement;
    private final Field<?>[] fields;

    private RenderedQuery(RenderedStatement statement, Field<?>[] fields) {
        this.statement = statement;
        this.fields = fields;
    }

    /** Renders {@code query} now; a parameter without a name, or a name used twice, is refused. */
    public static RenderedQuery of(Function<DSLContext, Select<?>> query) {
        Select<?> built = query.apply(RenderedStatement.RENDERER);
        // The select list as written (qualified table fields), not fields(), which describes the result as a derived
        // table.
        return new RenderedQuery(RenderedStatement.of(built), built.getSelect().toArray(Field<?>[]::new));
    }

    /**
     * Runs the statement with {@code values} (by parameter name; one for each, no more) on {@code connection}. The text
     * goes to JDBC as rendered: handing it to jOOQ as plain SQL would have it parsed for placeholders again, a character
     * at a time. Each value is converted by its parameter's data type; the rows are read by position into the query's
     * own fields (qualified as written, so {@code into(TABLE)} maps them as for the query itself).
     */
    public Result<Record> fetch(Connection connection, Map<String, ?> values) {
        return execute(connection, statement.bound(values));
    }

    /** As {@link #fetch(Connection, Map)}, on the connection of {@code dsl} (a transaction's). */
    public Result<Record> fetch(DSLContext dsl, Map<String, ?> values) {
        Object[] bound = statement.bound(values);
        return dsl.connectionResult(connection -> execute(connection, bound));
    }

    private Result<Record> execute(Connection connection, Object[] bound) {
        return statement.run(connection, bound, prepared -> {
            try (ResultSet rows = prepared.executeQuery()) {
                // Reading needs only the dialect and the fields' own types: no configuration bound to the connection.
                return RenderedStatement.RENDERER.fetch(rows, fields);
            }
        });
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

    /** The rendered text, with a {@code ?} for each parameter. */
    String sql() {
        return statement.sql();
    }
}
