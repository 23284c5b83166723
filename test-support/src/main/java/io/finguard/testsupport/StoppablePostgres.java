package io.finguard.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL 18 that a fault test stops and starts again on the same port and data directory, so the
 * pool of the code under test reconnects to the same database. Never the shared server, which must not stop.
 * Logins from localhost are trusted; the database is {@code postgres}.
 */
public class StoppablePostgres implements AutoCloseable {
    private final Path dataDirectory = temporaryDirectory();
    private final int port = FreePort.find();
    private EmbeddedPostgres server;

    public static StoppablePostgres started() {
        StoppablePostgres postgres = new StoppablePostgres();
        postgres.start();
        return postgres;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    public synchronized void start() {
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
    public synchronized void stop() {
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
        deleteRecursively(dataDirectory);
    }

    @Override
    public String toString() {
        return "embedded PostgreSQL on port " + port;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("finguard-stoppable-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }
}
