package io.finguard.application;

import io.finguard.domain.policy.PhoneSignalPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The phone-lifecycle numbers: dormancy and SIM-swap window ({@link PhoneSignalPolicy}), and how long and for how
 * many numbers a SIM-swap answer is kept in memory.
 */
public record PhoneSignalSettings(PhoneSignalPolicy policy, Duration simSwapCacheTtl, int simSwapCacheSize) {
    public PhoneSignalSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(simSwapCacheTtl, "simSwapCacheTtl");
        if (simSwapCacheTtl.isNegative() || simSwapCacheSize < 0) {
            throw new IllegalArgumentException("cache ttl and size must not be negative");
        }
    }

    /** 180 days dormancy, 72 hours SIM-swap window, answers kept 60 seconds for up to 10,000 numbers. */
    public static PhoneSignalSettings defaults() {
        return new PhoneSignalSettings(PhoneSignalPolicy.defaults(), Duration.ofSeconds(60), 10_000);
    }
}
