package io.finguard.bootstrap.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL 18 that can be stopped and started again on the same port and data directory, so the
 * service's connection pool reconnects to the same database (the bootstrap EmbeddedPostgres picks a new port
 * on every start). Logins from localhost are trusted; the database is {@code postgres}.
 */
final class RestartablePostgres implements AutoCloseable {
    private final Path dataDirectory = E2eDatabase.temporaryDirectory("finguard-e2e-outage-pg-");
    private final int port = Loopback.freePort();
    private EmbeddedPostgres server;

    static RestartablePostgres started() {
        RestartablePostgres postgres = new RestartablePostgres();
        postgres.start();
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    synchronized void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start on port " + port, e);
        }
    }

    /** Fast shutdown: open sessions are ended, as when a database server goes away. The data stays. */
    synchronized void stop() {
        try {
            server.close();
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop", e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            stop();
        }
        E2eDatabase.deleteRecursively(dataDirectory);
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL on port " + port;
    }
}
