package io.finguard.bootstrap.dev;

import io.finguard.bootstrap.embedded.EmbeddedPostgres;
import io.finguard.bootstrap.embedded.EmbeddedRedis;
import io.finguard.bootstrap.secrets.OwnerOnlyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a {@code finguard dev} that died without stopping (SIGKILL, a crash) left in its home: embedded PostgreSQL and
 * Redis still running, named by the data directory's postmaster.pid and the home's redis.pid. A new run on the home
 * stops them before it starts its own; a run that is still alive (its dev.pid names a live JVM) is refused instead.
 */
public final class DevLeftovers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevLeftovers.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);
    private final Path devPidFile;

    private DevLeftovers(Path devPidFile) {
        this.devPidFile = devPidFile;
    }

    /**
     * Stops the servers a dead predecessor left and claims the home for this process (dev.pid, removed on close);
     * throws IllegalStateException if another live finguard dev holds it.
     */
    public static DevLeftovers claim(DevHome home) {
        Optional<ProcessHandle> owner = pidIn(home.devPidFile()).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive).filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> commandContains(p, "java"));
        if (owner.isPresent()) {
            throw new IllegalStateException("another finguard dev (pid " + owner.get().pid() + ") is running on " + home.root()
                    + "; stop it first");
        }
        pidIn(home.redisPidFile()).flatMap(ProcessHandle::of).filter(p -> commandContains(p, "redis"))
                .ifPresent(redis -> stop(redis, "TERM", "embedded Redis"));
        EmbeddedPostgres.postmasterPid(home.postgresData()).flatMap(ProcessHandle::of).filter(p -> commandContains(p, "postgres"))
                .ifPresent(postmaster -> stop(postmaster, "INT", "embedded PostgreSQL"));
        try {
            Files.deleteIfExists(home.redisPidFile());
            OwnerOnlyFiles.write(home.devPidFile(), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + home.devPidFile(), e);
        }
        return new DevLeftovers(home.devPidFile());
    }

    /** Signals the orphan to stop cleanly (PostgreSQL: INT is a fast shutdown) and waits; kills it if it will not. */
    private static void stop(ProcessHandle orphan, String signal, String what) {
        LOG.warn("{} (pid {}) of an earlier finguard dev that did not stop is still running; stopping it", what, orphan.pid());
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(orphan.pid())).inheritIO().start().waitFor();
            CompletableFuture<ProcessHandle> exited = orphan.onExit();
            try {
                exited.get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                orphan.destroyForcibly();
                exited.get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop " + what + " (pid " + orphan.pid() + ")", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not stop " + what + " (pid " + orphan.pid() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping " + what, e);
        }
    }

    private static boolean commandContains(ProcessHandle process, String word) {
        return process.info().command().map(c -> c.contains(word)).orElse(false)
                || process.info().commandLine().map(c -> c.contains(word)).orElse(false);
    }

    private static Optional<Long> pidIn(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            LOG.warn("ignored an unreadable pid file {}", file);
            return Optional.empty();
        }
    }

    /** Gives the home up: a clean stop leaves no dev.pid. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(devPidFile);
        } catch (IOException e) {
            LOG.warn("could not remove {}", devPidFile);
        }
    }
}
