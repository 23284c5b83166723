package io.finguard.bootstrap.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A Redis server run from the bundled binary on a free local port, in memory only: Redis holds counters with TTLs,
 * so nothing is lost that a restart should keep.
 */
public final class EmbeddedRedis implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

    private final RedisServer server;
    private final int port;
    private final Optional<Path> pidFile;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedRedis(RedisServer server, int port, Optional<Path> pidFile) {
        this.server = server;
        this.port = port;
        this.pidFile = pidFile;
    }

    public static EmbeddedRedis start() {
        return start(Optional.empty());
    }

    /** As {@link #start()}, with the server writing its process id to {@code pidFile} (removed on a clean stop). */
    public static EmbeddedRedis start(Path pidFile) {
        return start(Optional.of(pidFile.toAbsolutePath()));
    }

    private static EmbeddedRedis start(Optional<Path> pidFile) {
        long started = System.nanoTime();
        int port = FreePort.find();
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .settingIf(pidFile.isPresent(), "pidfile \"" + pidFile.map(Path::toString).orElse("") + "\"")
                    // No snapshot or append-only files: nothing to clean up, nothing written to the working directory.
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .soutListener(line -> LOG.debug("redis: {}", line))
                    .serrListener(line -> LOG.debug("redis: {}", line))
                    .build();
            server.start();
            LOG.info("embedded Redis ready on port {} in {} ms", port, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedRedis(server, port, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not start on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** The server's process id, from its pid file; empty when it was started without one. */
    public Optional<Long> pid() {
        return pidFile.map(EmbeddedRedis::readPid);
    }

    /** The process id in a Redis pid file. */
    public static long readPid(Path pidFile) {
        try {
            return Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("unreadable Redis pid file " + pidFile, e);
        }
    }

    public boolean isRunning() {
        return server.isActive();
    }

    /** Stops the server. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not stop cleanly", e);
        }
    }
}
