package io.finguard.bootstrap.config;

import java.util.Objects;

/** Where PostgreSQL is and how to log in; the pool size bounds the connections one instance holds. */
public record DatabaseSettings(String url, String user, Secret password, int poolSize) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be positive");
        }
    }
}
