package io.finguard.application.txauth;

import io.finguard.domain.port.out.Authorizations;
import io.finguard.domain.port.out.LowValueTallies;
import io.finguard.domain.port.out.TrustedPayees;
import io.finguard.domain.txauth.ScaExemptions;
import java.time.Duration;
import java.util.Objects;

/**
 * What payment authorisation needs beyond {@link io.finguard.application.OutPorts}: its stores, the exemption policy
 * as configured, and how long an authorisation lives (five minutes).
 */
public record PaymentAuthPorts(Authorizations authorizations, TrustedPayees trustedPayees, LowValueTallies tallies,
                               ScaExemptions exemptions, Duration lifetime) {
    /** PSD2 RTS Art. 4(3)(d): at most five minutes between authentication and use. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

    public PaymentAuthPorts {
        Objects.requireNonNull(authorizations, "authorizations");
        Objects.requireNonNull(trustedPayees, "trustedPayees");
        Objects.requireNonNull(tallies, "tallies");
        Objects.requireNonNull(exemptions, "exemptions");
        Objects.requireNonNull(lifetime, "lifetime");
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("lifetime must be positive");
        }
    }
}
