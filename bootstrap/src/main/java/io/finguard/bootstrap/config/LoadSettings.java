package io.finguard.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Load shedding per instance: requests in flight on hashing routes, on other database routes and on cheap reads, and
 * how long an excess request may wait for a place before it is answered 503 with Retry-After.
 */
public record LoadSettings(int hashingInFlight, int databaseInFlight, int cheapInFlight, Duration queueTimeout) {
    public LoadSettings {
        Objects.requireNonNull(queueTimeout, "queueTimeout");
        if (hashingInFlight < 1 || databaseInFlight < 1 || cheapInFlight < 1) {
            throw new IllegalArgumentException("every class needs at least one place");
        }
    }
}
