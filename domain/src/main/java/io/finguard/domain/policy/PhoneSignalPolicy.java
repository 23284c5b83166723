package io.finguard.domain.policy;

import io.finguard.domain.model.SimSwapStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The two numbers behind {@link PhoneSignals}: how long without a login or refresh makes an account dormant
 * (default 180 days), and how long after a SIM swap the phone is distrusted (default 72 hours).
 */
public record PhoneSignalPolicy(Duration dormancy, Duration simSwapWindow) {
    public PhoneSignalPolicy {
        Objects.requireNonNull(dormancy, "dormancy");
        Objects.requireNonNull(simSwapWindow, "simSwapWindow");
        if (dormancy.isNegative() || dormancy.isZero() || simSwapWindow.isNegative() || simSwapWindow.isZero()) {
            throw new IllegalArgumentException("dormancy and simSwapWindow must be positive");
        }
    }

    public static PhoneSignalPolicy defaults() {
        return new PhoneSignalPolicy(Duration.ofDays(180), Duration.ofHours(72));
    }

    /** Dormant when the last activity is at least {@code dormancy} before now. */
    public boolean dormant(Instant lastActive, Instant now) {
        return !lastActive.plus(dormancy).isAfter(now);
    }

    /** A swap counts while now is within the window after it; a swap dated in the future counts too. */
    public SimSwapRisk risk(SimSwapStatus status, Instant now) {
        return switch (status) {
            case SimSwapStatus.Swapped s -> s.at().plus(simSwapWindow).isAfter(now) ? SimSwapRisk.RECENT_SWAP : SimSwapRisk.NONE;
            case SimSwapStatus.NotSwapped n -> SimSwapRisk.NONE;
            case SimSwapStatus.Unknown u -> SimSwapRisk.UNKNOWN;
        };
    }
}
