package io.finguard.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /**
     * Stops every process of the server with SIGSTOP, as a hung host or a network black hole looks to a client: connections
     * stay open and new ones are accepted by the kernel, but nothing answers until {@link #thaw()}.
     */
    public synchronized void freeze() {
        signal("-STOP");
    }

    /** Lets a frozen server run again (SIGCONT); it carries on with whatever it had received. */
    public synchronized void thaw() {
        signal("-CONT");
    }

    private void signal(String signal) {
        long postmaster = postmasterPid();
        List<String> command = new ArrayList<>(List.of("kill", signal, Long.toString(postmaster)));
        ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(child -> command.add(Long.toString(child.pid()))));
        try {
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("kill " + signal + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long postmasterPid() {
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no postmaster.pid: is " + this + " running?", e);
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
