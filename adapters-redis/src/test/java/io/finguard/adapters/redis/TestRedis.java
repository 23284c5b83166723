package io.finguard.adapters.redis;

import io.finguard.testsupport.FreePort;
import io.finguard.testsupport.SharedRedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The Redis the tests use ({@link SharedRedis}: FINGUARD_TEST_REDIS_URL when set, else one embedded server for
 * the whole test JVM), and the adapter's view of it. Each limiter gets its own random key namespace, and only
 * that namespace is cleaned.
 */
final class TestRedis {
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestRedis() {
    }

    static String url() {
        return SharedRedis.shared().url();
    }

    static int freePort() {
        return FreePort.find();
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
