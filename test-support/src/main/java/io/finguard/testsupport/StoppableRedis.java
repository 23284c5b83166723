package io.finguard.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/**
 * An embedded Redis that a test stops and starts again on the same port, so the pool of the code under test finds
 * it where it left it. In memory only, loopback only. Never the shared server, which must not stop.
 */
public class StoppableRedis implements AutoCloseable {
    private final int port = FreePort.find();
    private RedisServer server;

    public static StoppableRedis started() {
        StoppableRedis redis = new StoppableRedis();
        redis.start();
        return redis;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public synchronized void start() {
        try {
            server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    // No snapshot or append-only files: nothing to clean up, nothing written to the working directory.
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not start on port " + port, e);
        }
    }

    public synchronized void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not stop", e);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null && server.isActive()) {
            stop();
        }
    }

    @Override
    public String toString() {
        return "embedded Redis on port " + port;
    }
}
