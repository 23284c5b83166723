package io.finguard.bootstrap.config;

import java.time.Duration;
import java.util.Objects;

/** Lifetime (at most ten minutes) and number of digits of one-time codes. */
public record OtpSettings(Duration ttl, int length) {
    public OtpSettings {
        Objects.requireNonNull(ttl, "ttl");
    }
}
