package io.finguard.bootstrap.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 18 server run from the bundled binaries (zonky) on a free port, with its data in a directory of our
 * choosing that is kept on close and reused on the next start. Logins from localhost are trusted (dev and tests only).
 */
public final class EmbeddedPostgres implements AutoCloseable {
    public static final String DATABASE = "finguard";
    public static final String USER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final Path dataDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, Path dataDirectory) {
        this.server = server;
        this.dataDirectory = dataDirectory;
    }

    /** Starts on the data in {@code dataDirectory}, creating the cluster and the {@value #DATABASE} database the first time. */
    public static EmbeddedPostgres start(Path dataDirectory) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        long started = System.nanoTime();
        io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
        try {
            Files.createDirectories(dataDirectory);
            server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .setPort(FreePort.find())
                    // The owner of this object closes it, after the service that uses it; a hook of zonky's own
                    // would race that order at JVM exit.
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start (data in " + dataDirectory + ")", e);
        } catch (IllegalStateException e) {
            // zonky locks the data directory; a second dev process on the same directory ends up here.
            throw new IllegalStateException("embedded PostgreSQL data in " + dataDirectory
                    + " is in use by another process (is another finguard dev running?)", e);
        }
        EmbeddedPostgres postgres = new EmbeddedPostgres(server, dataDirectory);
        try {
            postgres.createDatabaseIfMissing();
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        LOG.info("embedded PostgreSQL ready on port {} in {} ms, data in {}", server.getPort(),
                (System.nanoTime() - started) / 1_000_000, dataDirectory.toAbsolutePath());
        return postgres;
    }

    public int port() {
        return server.getPort();
    }

    /** The postmaster's process id, from the data directory's postmaster.pid. */
    public long pid() {
        return postmasterPid(dataDirectory).orElseThrow(() -> new IllegalStateException("no postmaster.pid in " + dataDirectory));
    }

    /** The process id a postmaster.pid in {@code dataDirectory} names, if there is one (it may be stale). */
    public static Optional<Long> postmasterPid(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("unreadable " + pidFile, e);
        }
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The JDBC URL of the {@value #DATABASE} database; log in as {@value #USER} with an empty password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** A data source on the {@value #DATABASE} database, for tests and the dev wiring. */
    public DataSource dataSource() {
        return server.getDatabase(USER, DATABASE);
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the " + DATABASE + " database", e);
        }
    }

    /** Stops the server (fast shutdown: open sessions are ended) and keeps the data. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
