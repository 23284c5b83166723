package io.finguard.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import redis.embedded.RedisServer;

/**
 * An embedded Redis that can be stopped and started again on the same port, so the service's pool finds it
 * where it left it (EmbeddedRedis picks a new port on every start, which a restart test cannot use).
 */
final class RestartableRedis implements AutoCloseable {
    private final int port = Loopback.freePort();
    private RedisServer server;

    static RestartableRedis started() {
        RestartableRedis redis = new RestartableRedis();
        redis.start();
        return redis;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    synchronized void start() {
        try {
            server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not start on port " + port, e);
        }
    }

    synchronized void stop() {
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
