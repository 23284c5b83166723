package io.finguard.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the database is and how the connection pool behaves. {@code user} and {@code password} may be
 * empty when the JDBC URL carries them. The pool is deliberately small and fails fast: a request that
 * cannot get a connection within {@code connectionTimeout}, or whose statement (lock waits included) runs
 * past {@code statementTimeout}, answers 503 instead of queueing behind a sick database.
 */
public record DataSourceConfig(String jdbcUrl, String user, String password, int maximumPoolSize, int minimumIdle,
                               Duration connectionTimeout, Duration validationTimeout, Duration idleTimeout,
                               Duration maxLifetime, Duration statementTimeout) {

    public DataSourceConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(validationTimeout, "validationTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the JDBC URL must start with jdbc:postgresql:");
        }
        if (maximumPoolSize < 1 || minimumIdle < 0 || minimumIdle > maximumPoolSize) {
            throw new IllegalArgumentException("pool sizes must satisfy 0 <= minimumIdle <= maximumPoolSize, maximumPoolSize >= 1");
        }
        // HikariCP's own floors: below them it silently substitutes its defaults, which would hide a typo.
        if (connectionTimeout.toMillis() < 250 || validationTimeout.toMillis() < 250
                || validationTimeout.compareTo(connectionTimeout) > 0) {
            throw new IllegalArgumentException("timeouts must be >= 250 ms and validation <= connection timeout");
        }
        if (maxLifetime.toMillis() < 30_000 || (!idleTimeout.isZero() && idleTimeout.toMillis() < 10_000)) {
            throw new IllegalArgumentException("maxLifetime must be >= 30 s and idleTimeout 0 or >= 10 s");
        }
        if (statementTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("statementTimeout must be >= 100 ms");
        }
    }

    /**
     * Defaults for one API instance: 10 connections, 2 kept idle, 2 s to get one, recycled every 30 min,
     * statements cut off after 5 s.
     */
    public static DataSourceConfig of(String jdbcUrl, String user, String password) {
        return new DataSourceConfig(jdbcUrl, user, password, 10, 2, Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofSeconds(5));
    }

    /**
     * How long a client waits for any answer from the server on an open connection: the statement timeout plus one
     * second (whole seconds, as the driver takes it), so the server's own cancellation wins for a slow statement and
     * this bound only fires for a server that stopped answering.
     */
    public Duration socketTimeout() {
        return Duration.ofSeconds((statementTimeout.toMillis() + 1_000 + 999) / 1_000);
    }

    /** The same pool with another statement timeout (and so another socket timeout). */
    public DataSourceConfig withStatementTimeout(Duration timeout) {
        return new DataSourceConfig(jdbcUrl, user, password, maximumPoolSize, minimumIdle, connectionTimeout, validationTimeout,
                idleTimeout, maxLifetime, timeout);
    }

    public DataSourceConfig withPoolSize(int maximum, int idle) {
        return new DataSourceConfig(jdbcUrl, user, password, maximum, idle, connectionTimeout, validationTimeout,
                idleTimeout, maxLifetime, statementTimeout);
    }

    @Override
    public String toString() {
        // The URL may carry a password as a parameter: show only what identifies the server.
        String shown = jdbcUrl.contains("?") ? jdbcUrl.substring(0, jdbcUrl.indexOf('?')) : jdbcUrl;
        return "DataSourceConfig[" + shown + ", user=" + user + ", password=redacted, pool=" + minimumIdle + ".."
                + maximumPoolSize + ", connectionTimeout=" + connectionTimeout + ", statementTimeout=" + statementTimeout + "]";
    }
}
