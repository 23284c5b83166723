package io.finguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One real {@code redis-server} process (the machine's, or the one {@code FINGUARD_REDIS_SERVER} names) on a free
 * loopback port with a directory of its own, which a test may kill (SIGKILL) and start again with the same
 * arguments and files, as a crashed node that comes back. Used for Cluster and Sentinel topologies.
 */
public final class RedisProcess implements AutoCloseable {
    private final int port;
    private final Path directory;
    private final List<String> arguments;
    private Process process;

    RedisProcess(int port, Path directory, List<String> arguments) {
        this.port = port;
        this.directory = directory;
        this.arguments = List.copyOf(arguments);
    }

    /** The Redis server binary: {@code FINGUARD_REDIS_SERVER}, else /usr/bin/redis-server; null when there is none. */
    public static Path serverBinary() {
        String named = System.getenv("FINGUARD_REDIS_SERVER");
        Path binary = Path.of(named != null ? named : "/usr/bin/redis-server");
        return Files.isExecutable(binary) ? binary : null;
    }

    /** redis-cli next to the server binary. */
    static Path cliBinary() {
        Path server = serverBinary();
        return server == null ? null : server.resolveSibling("redis-cli");
    }

    public int port() {
        return port;
    }

    public String address() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the server and waits until it answers PING. */
    public synchronized void start() {
        List<String> command = new ArrayList<>();
        command.add(serverBinary().toString());
        command.addAll(arguments);
        try {
            process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("redis-server did not start on port " + port, e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!cli("PING").contains("PONG")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("redis-server on port " + port + " did not answer; log in " + directory);
            }
            sleep(50);
        }
    }

    /** SIGKILL: the node vanishes mid-work, as a crashed host. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs redis-cli against this node and returns what it printed (errors included), or "" when it failed. */
    public String cli(String... args) {
        return RedisCli.run(port, args);
    }

    @Override
    public synchronized void close() {
        kill();
    }

    @Override
    public String toString() {
        return "redis-server on port " + port;
    }

    static Path newDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
