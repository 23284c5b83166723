package io.finguard.bootstrap.wiring;

import io.finguard.adapters.redis.RedisConnection;
import io.finguard.domain.port.in.CheckReadiness;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Readiness: PostgreSQL answers a validity check and Redis answers PING, each within about a second. */
final class Readiness implements CheckReadiness {
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource database;
    private final RedisConnection redis;

    Readiness(DataSource database, RedisConnection redis) {
        this.database = database;
        this.redis = redis;
    }

    @Override
    public Map<String, Boolean> check() {
        Map<String, Boolean> status = new LinkedHashMap<>();
        status.put("postgresql", postgresUp());
        status.put("redis", redisUp());
        return status;
    }

    private boolean postgresUp() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(VALIDATION_SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    private boolean redisUp() {
        try {
            redis.ping();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
