package io.finguard.adapters.redis;

import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The Redis the tests use: FINGUARD_TEST_REDIS_URL when set, else one embedded server on a free port for
 * the whole test JVM. Each limiter gets its own random key namespace, and only that namespace is cleaned.
 */
final class TestRedis {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static String url;

    private TestRedis() {
    }

    static synchronized String url() {
        if (url == null) {
            String external = System.getenv("FINGUARD_TEST_REDIS_URL");
            if (external != null && !external.isBlank()) {
                url = external;
            } else {
                int port = freePort();
                start(port);
                url = "redis://127.0.0.1:" + port;
            }
        }
        return url;
    }

    /** Starts an embedded Redis on the port: no persistence, loopback only. Stopped at JVM exit at the latest. */
    static RedisServer start(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tight timeouts so outage tests are quick; a pool big enough for the race tests. */
    static RedisConnectionConfig settings() {
        return new RedisConnectionConfig(16, Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofMillis(300),
                Duration.ofSeconds(1));
    }

    static RedisKeys freshKeys() {
        byte[] hmacKey = new byte[32];
        RANDOM.nextBytes(hmacKey);
        return new RedisKeys("fgtest:" + HexFormat.of().formatHex(hmacKey, 0, 6), hmacKey);
    }

    /** Every key of the namespace (SCAN, never KEYS: the external Redis may be shared). */
    static List<String> keysOf(RedisConnection redis, String namespace) {
        ScanParams match = new ScanParams().match(namespace + ":*").count(500);
        List<String> found = new java.util.ArrayList<>();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            String from = cursor;
            ScanResult<String> page = redis.call(r -> r.scan(from, match));
            found.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return found;
    }

    static void deleteNamespace(RedisConnection redis, String namespace) {
        for (String key : keysOf(redis, namespace)) {
            redis.call(r -> r.del(key));
        }
    }
}
