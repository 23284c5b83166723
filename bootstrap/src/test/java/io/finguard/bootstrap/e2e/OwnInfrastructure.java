package io.finguard.bootstrap.e2e;

import io.finguard.bootstrap.embedded.EmbeddedRedis;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A database and a Redis of one test class's own, for services it starts, stops and starts again with keys it
 * chooses (rotations, outages) without disturbing the shared service. Redis comes from FINGUARD_TEST_REDIS_URL
 * when set, as for the shared service; each service draws a fresh rate-limit key, so they never share counters.
 */
final class OwnInfrastructure implements AutoCloseable {
    private final E2eDatabase database;
    private final EmbeddedRedis redis;
    private final String redisUrl;

    private OwnInfrastructure(E2eDatabase database, EmbeddedRedis redis, String redisUrl) {
        this.database = database;
        this.redis = redis;
        this.redisUrl = redisUrl;
    }

    static OwnInfrastructure started() {
        LogCapture.install();
        E2eDatabase database = E2eDatabase.fresh();
        String external = System.getenv(E2eStack.REDIS_URL_VARIABLE);
        EmbeddedRedis redis = external == null || external.isBlank() ? EmbeddedRedis.start() : null;
        return new OwnInfrastructure(database, redis, redis == null ? external.trim() : redis.url());
    }

    /** A service on this database and Redis; closing it leaves both running for the next one. */
    E2eStack service(Map<String, String> chosen) {
        return E2eStack.start(database.jdbcUrl(), database.user(), database.password(), redisUrl, List.of(), chosen);
    }

    Connection database() throws SQLException {
        return database.connect();
    }

    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
        database.close();
    }
}
