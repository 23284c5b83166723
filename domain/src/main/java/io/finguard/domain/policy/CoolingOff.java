package io.finguard.domain.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * After the account's phone number moved (a change of number or a recovery), outgoing transfers are refused for
 * {@code period}: whoever took over the number has no time to drain the account before its owner notices the notice
 * sent to the old number. Refused rather than capped: a cap would still pay out to a thief.
 */
public record CoolingOff(Duration period) {
    public CoolingOff {
        Objects.requireNonNull(period, "period");
        if (period.isNegative()) {
            throw new IllegalArgumentException("the cooling-off period must not be negative");
        }
    }

    /** security.md: three days. */
    public static CoolingOff defaults() {
        return new CoolingOff(Duration.ofHours(72));
    }

    /** When the cooling-off that began at {@code phoneChangedAt} ends; empty when it already has by {@code now}. */
    public Optional<Instant> until(Optional<Instant> phoneChangedAt, Instant now) {
        return phoneChangedAt.map(changed -> changed.plus(period)).filter(end -> end.isAfter(now));
    }

    /** {@link TransferDenial#COOLING_OFF} while the period runs, else empty. */
    public Optional<TransferDenial> check(Optional<Instant> phoneChangedAt, Instant now) {
        return until(phoneChangedAt, now).map(end -> TransferDenial.COOLING_OFF);
    }
}
