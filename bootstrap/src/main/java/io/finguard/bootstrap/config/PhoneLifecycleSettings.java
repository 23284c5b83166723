package io.finguard.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/** How long transfers are refused after the phone number moved, and how long a lost-phone recovery stays open. */
public record PhoneLifecycleSettings(Duration coolingOff, Duration recoveryLifetime) {
    public PhoneLifecycleSettings {
        Objects.requireNonNull(coolingOff, "coolingOff");
        Objects.requireNonNull(recoveryLifetime, "recoveryLifetime");
    }
}
