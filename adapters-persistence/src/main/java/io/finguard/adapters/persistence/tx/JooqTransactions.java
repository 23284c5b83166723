package io.finguard.adapters.persistence.tx;

import io.finguard.domain.port.out.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultConnectionProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The unit of work on PostgreSQL: one jOOQ transaction per outermost {@link #inTransaction} call (READ COMMITTED,
 * row locks for races); nested calls join it. The repositories of this module take the transaction's
 * {@link DSLContext} from here and refuse to run outside one.
 */
public final class JooqTransactions implements Transactions {
    private final DataSource dataSource;
    private final Configuration configuration;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();
    private final ThreadLocal<Map<Object, Object>> scope = new ThreadLocal<>();

    public JooqTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.configuration = new DefaultConfiguration()
                .set(SQLDialect.POSTGRES)
                .set(settings())
                .set(new DefaultExecuteListenerProvider(new TranslatingListener()));
    }

    /** jOOQ's settings for every use of it here. */
    static Settings settings() {
        // jOOQ's debug log prints statements with bind values (phone numbers, outbox codes) and fetched rows.
        return new Settings().withExecuteLogging(false);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        // The connection is taken here, once. Left to jOOQ, a pool with none to give was asked again to roll back
        // and to release, so an outage surfaced after three connection timeouts instead of one.
        try (Connection connection = pooledConnection()) {
            return DSL.using(configuration.derive(new DefaultConnectionProvider(connection))).transactionResult(transaction -> {
                current.set(transaction.dsl());
                scope.set(new HashMap<>());
                try {
                    return work.get();
                } finally {
                    current.remove();
                    scope.remove();
                }
            });
        } catch (DataAccessException e) {
            // Failures outside a statement, such as a deferred constraint at commit.
            throw PostgresErrors.translate(e);
        } catch (SQLException e) {
            throw PostgresErrors.translate(new DataAccessException("the connection could not be returned", e));
        }
    }

    /**
     * One read statement on its own, for a read model that needs one consistent snapshot and no locks: outside a
     * transaction it runs on a pooled connection in autocommit (one round trip: no BEGIN, no COMMIT, the statement's
     * own snapshot); inside one it takes part in it, on the transaction's connection. The work gets the bare connection
     * ({@link RenderedQuery#fetch(Connection, java.util.Map)}): no jOOQ configuration is derived for it.
     */
    public <T> T statement(Function<Connection, T> work) {
        Objects.requireNonNull(work, "work");
        DSLContext joined = current.get();
        if (joined != null) {
            return joined.connectionResult(work::apply);
        }
        try (Connection connection = pooledConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw PostgresErrors.translate(new DataAccessException("the connection could not be returned", e));
        }
    }

    private Connection pooledConnection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw PostgresErrors.translate(new DataAccessException("no connection from the pool", e));
        }
    }

    /**
     * What a repository keeps for the rest of the calling thread's transaction, under keys of its own (rows it holds
     * locked, as they are now); it dies with the transaction, committed or rolled back. A nested call joins the outer
     * transaction (no savepoints), so nothing in it can be undone on its own.
     */
    public Map<Object, Object> scope() {
        dsl();
        return scope.get();
    }

    /** The calling thread's transaction; repositories use nothing else. */
    public DSLContext dsl() {
        DSLContext dsl = current.get();
        if (dsl == null) {
            throw new IllegalStateException("repository called outside a transaction: wrap the call in Transactions.inTransaction");
        }
        return dsl;
    }
}
