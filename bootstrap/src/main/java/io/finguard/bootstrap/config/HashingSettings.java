package io.finguard.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/** Argon2id cost, and how many hashes may run at once and how long an excess request may wait for a turn. */
public record HashingSettings(int memoryKib, int iterations, int parallelism, int concurrency, Duration queueTimeout) {
    public HashingSettings {
        Objects.requireNonNull(queueTimeout, "queueTimeout");
    }
}
