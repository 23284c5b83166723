package io.finguard.adapters.persistence.tx;

import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DependencyUnavailableException;
import io.finguard.domain.port.out.DuplicateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Map;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Maps PostgreSQL failures to what callers can act on: an outage (503), a uniqueness rule lost to another
 * transaction, or a lost serialization race. Anything else stays as it is: it is a bug.
 */
final class PostgresErrors {
    static final String DEPENDENCY = "postgresql";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    /** Aggregate names by table, for messages that name what was duplicated but never the value. */
    private static final Map<String, String> AGGREGATES = Map.ofEntries(
            Map.entry("users", "User"),
            Map.entry("pre_users", "PreUser"),
            Map.entry("phone_claims", "phone holder"),
            Map.entry("otp_challenges", "OtpChallenge"),
            Map.entry("outbox", "OutboxMessage"),
            Map.entry("refresh_families", "RefreshFamily"),
            Map.entry("refresh_tokens", "RefreshFamily"),
            Map.entry("accounts", "Account"),
            Map.entry("kyc_submissions", "KycSubmission"),
            Map.entry("transfers", "Transfer"),
            Map.entry("audit_log", "AuditEvent"));

    private PostgresErrors() {
    }

    static RuntimeException translate(RuntimeException failure) {
        SQLException sql = sqlCause(failure);
        if (sql == null) {
            return failure;
        }
        if (sql instanceof SQLTransientConnectionException) {
            // HikariCP: no connection within connectionTimeout (pool exhausted or server unreachable).
            return new DependencyUnavailableException(DEPENDENCY, RETRY_AFTER, failure);
        }
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.equals("57014")) {
            // Connection exceptions, insufficient resources, server shutting down, statement timeout.
            return new DependencyUnavailableException(DEPENDENCY, RETRY_AFTER, failure);
        }
        return switch (state) {
            case "23505" -> duplicate(sql);
            case "40001", "40P01" -> new ConcurrentUpdateException("transaction", state);
            default -> failure;
        };
    }

    private static DuplicateException duplicate(SQLException sql) {
        ServerErrorMessage server = sql instanceof PSQLException p ? p.getServerErrorMessage() : null;
        String table = server == null || server.getTable() == null ? "" : server.getTable();
        String constraint = server == null || server.getConstraint() == null ? "key" : server.getConstraint();
        return new DuplicateException(AGGREGATES.getOrDefault(table, table.isEmpty() ? "row" : table), constraint);
    }

    private static SQLException sqlCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
