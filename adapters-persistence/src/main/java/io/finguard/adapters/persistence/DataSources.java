package io.finguard.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the HikariCP connection pool from {@link DataSourceConfig}; every limit is set explicitly. */
public final class DataSources {
    private DataSources() {
    }

    public static HikariDataSource pooled(DataSourceConfig settings) {
        return pooled(settings, "finguard");
    }

    /**
     * A pool whose connections name themselves {@code applicationName} to the server (pg_stat_activity), e.g. the one
     * connection the revocation channel listens on.
     */
    public static HikariDataSource pooled(DataSourceConfig settings, String applicationName) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("finguard-postgresql-" + applicationName);
        config.setJdbcUrl(settings.jdbcUrl());
        if (!settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().isEmpty()) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(settings.minimumIdle());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(settings.validationTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        // Transactions are opened explicitly by JooqTransactions; the pool hands out autocommit connections.
        config.setAutoCommit(true);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // Server-side limits: a statement (lock waits included) is cancelled after the timeout, and a session
        // left idle inside a transaction (a leaked one) is ended instead of holding its row locks forever.
        long statementMillis = settings.statementTimeout().toMillis();
        config.addDataSourceProperty("options", "-c statement_timeout=" + statementMillis
                + " -c idle_in_transaction_session_timeout=" + Math.max(60_000, 4 * statementMillis));
        // Reuse server-side prepared statements sooner; the adapters run a small fixed set of statements.
        config.addDataSourceProperty("prepareThreshold", "3");
        config.addDataSourceProperty("ApplicationName", applicationName);
        // Client-side bounds, for a server that stops answering (stalled, or behind a network black hole) where the
        // server-side statement timeout cannot fire: a read waits at most the socket timeout, a connect or login at
        // most the pool's connection timeout; then the connection is broken, the transaction is not committed by this
        // client, and the request answers 503.
        config.addDataSourceProperty("socketTimeout", Long.toString(settings.socketTimeout().toSeconds()));
        long connectSeconds = Math.max(1, (settings.connectionTimeout().toMillis() + 999) / 1000);
        config.addDataSourceProperty("connectTimeout", Long.toString(connectSeconds));
        config.addDataSourceProperty("loginTimeout", Long.toString(connectSeconds));
        config.addDataSourceProperty("tcpKeepAlive", "true");
        return new HikariDataSource(config);
    }
}
