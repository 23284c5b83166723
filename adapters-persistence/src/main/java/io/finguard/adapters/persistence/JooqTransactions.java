package io.finguard.adapters.persistence;

import io.finguard.domain.port.out.Transactions;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * The unit of work on PostgreSQL: one jOOQ transaction per outermost {@link #inTransaction} call (READ COMMITTED,
 * row locks for races); nested calls join it. The repositories of this package take the transaction's
 * {@link DSLContext} from here and refuse to run outside one.
 */
public final class JooqTransactions implements Transactions {
    private final DSLContext root;
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    public JooqTransactions(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.root = DSL.using(new DefaultConfiguration()
                .set(dataSource)
                .set(SQLDialect.POSTGRES)
                // jOOQ's debug log prints statements with bind values: phone numbers and outbox codes.
                .set(new Settings().withExecuteLogging(false))
                .set(new DefaultExecuteListenerProvider(new TranslatingListener())));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        try {
            return root.transactionResult(configuration -> {
                current.set(configuration.dsl());
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (DataAccessException e) {
            // Failures outside a statement: no connection from the pool, or a deferred constraint at commit.
            throw PostgresErrors.translate(e);
        }
    }

    /** The calling thread's transaction; repositories use nothing else. */
    DSLContext dsl() {
        DSLContext dsl = current.get();
        if (dsl == null) {
            throw new IllegalStateException("repository called outside a transaction: wrap the call in Transactions.inTransaction");
        }
        return dsl;
    }
}
