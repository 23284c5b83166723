package io.finguard.bootstrap.wiring;

import io.finguard.adapters.crypto.credential.Argon2SecretHasher;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** The Argon2 pool as metrics: how often callers had to wait, how often they gave up (503), how many hash now. */
final class HashingMetrics implements MeterBinder {
    private final Argon2SecretHasher hasher;

    HashingMetrics(Argon2SecretHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("hash_pool_waits", hasher, Argon2SecretHasher::waitCount)
                .description("hash requests that waited for a free slot").register(registry);
        FunctionCounter.builder("hash_pool_timeouts", hasher, Argon2SecretHasher::timeoutCount)
                .description("hash requests refused after waiting too long").register(registry);
        Gauge.builder("hash_pool_in_flight", hasher, Argon2SecretHasher::inFlight)
                .description("hashes running now").register(registry);
    }
}
