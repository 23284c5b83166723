package io.finguard.adapters.persistence.tx;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A PostgreSQL session advisory lock around a piece of work, so that of several instances sharing the database one at
 * a time runs it (a scheduled job, say) and the others skip their turn rather than wait. The lock is held on one
 * connection of its own for as long as the work runs, and goes with that connection if the instance dies.
 */
public final class AdvisoryLock {
    private final DataSource dataSource;
    private final long key;

    /** {@code key} names the work: every instance must use the same key for the same job. */
    public AdvisoryLock(DataSource dataSource, long key) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.key = key;
    }

    /** Runs the work if no other session holds the lock, and says whether it ran. */
    public boolean runIfFree(Runnable work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("advisory lock " + key + " unavailable", e);
        }
    }

    private boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }
}
