package io.finguard.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Where PostgreSQL is and how to log in; the pool size bounds the connections one instance holds, the statement timeout
 * how long one statement may run (and, one second later, how long the client waits for a silent server).
 */
public record DatabaseSettings(String url, String user, Secret password, int poolSize, Duration statementTimeout) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be positive");
        }
    }
}
