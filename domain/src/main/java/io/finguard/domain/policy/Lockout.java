package io.finguard.domain.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * {@code failures} failures within {@code window} lock for {@code lock}; each further lock while the
 * history lasts ({@code memory}) is {@code growth} times longer, capped at {@code maxLock}.
 */
public record Lockout(int failures, Duration window, Duration lock, int growth, Duration maxLock, Duration memory) {
    public Lockout {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lock, "lock");
        Objects.requireNonNull(maxLock, "maxLock");
        Objects.requireNonNull(memory, "memory");
        if (failures < 1 || growth < 1 || window.isZero() || window.isNegative() || lock.isZero() || lock.isNegative()
                || maxLock.compareTo(lock) < 0 || memory.isNegative()) {
            throw new IllegalArgumentException("invalid lockout settings");
        }
    }

    /** Length of the n-th lock (n = 1 for the first). */
    public Duration lockNumber(int n) {
        Duration d = lock;
        for (int i = 1; i < n && d.compareTo(maxLock) < 0; i++) {
            d = d.multipliedBy(growth);
        }
        return d.compareTo(maxLock) > 0 ? maxLock : d;
    }
}
