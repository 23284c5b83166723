package io.finguard.application;

import io.finguard.domain.policy.OtpPolicy;
import io.finguard.domain.policy.TierPolicy;
import io.finguard.domain.session.SessionPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * The numbers the use cases run on: code policy, session lifetimes, how long an abandoned signup and the flow
 * tickets live, KYC resubmission bound, and the tier table.
 */
public record ServiceSettings(OtpPolicy otp, SessionPolicy sessions, Duration signupLifetime, Duration signupTicketTtl,
                              Duration stepUpTicketTtl, int maxKycSubmissions, TierPolicy tiers, Duration resendCooldown) {
    public ServiceSettings {
        Objects.requireNonNull(otp, "otp");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(signupLifetime, "signupLifetime");
        Objects.requireNonNull(signupTicketTtl, "signupTicketTtl");
        Objects.requireNonNull(stepUpTicketTtl, "stepUpTicketTtl");
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(resendCooldown, "resendCooldown");
        if (maxKycSubmissions < 1) {
            throw new IllegalArgumentException("maxKycSubmissions must be at least 1");
        }
    }
}
