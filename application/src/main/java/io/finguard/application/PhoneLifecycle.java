package io.finguard.application;

import io.finguard.domain.policy.CoolingOff;
import io.finguard.domain.port.out.Notices;
import io.finguard.domain.port.out.PhoneChanges;
import io.finguard.domain.port.out.Recoveries;
import java.time.Duration;
import java.util.Objects;

/**
 * What the change of number and the lost-phone recovery need beyond {@link OutPorts}: their stores, the notice outbox,
 * the cooling-off after a move, and how long a recovery stays open.
 */
public record PhoneLifecycle(PhoneChanges changes, Recoveries recoveries, Notices notices, CoolingOff coolingOff,
                             Duration recoveryLifetime) {
    public PhoneLifecycle {
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(recoveries, "recoveries");
        Objects.requireNonNull(notices, "notices");
        Objects.requireNonNull(coolingOff, "coolingOff");
        Objects.requireNonNull(recoveryLifetime, "recoveryLifetime");
        if (recoveryLifetime.isNegative() || recoveryLifetime.isZero()) {
            throw new IllegalArgumentException("recoveryLifetime must be positive");
        }
    }

    /** security.md: recoveries stay open for 72 hours. */
    public static final Duration DEFAULT_RECOVERY_LIFETIME = Duration.ofHours(72);
}
