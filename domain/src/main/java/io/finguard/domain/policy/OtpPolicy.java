package io.finguard.domain.policy;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Code length, lifetime and attempt cap, and the E.164 prefixes that may receive codes
 * (security.md: 6 digits, 5 minutes [max 10], 5 attempts).
 */
public record OtpPolicy(int digits, Duration lifetime, int maxAttempts, List<String> allowedPrefixes) {
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

    public OtpPolicy {
        Objects.requireNonNull(lifetime, "lifetime");
        allowedPrefixes = List.copyOf(allowedPrefixes);
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("codes have 6 to 8 digits");
        }
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("code lifetime must be positive and at most 10 minutes");
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("max attempts must be 1..10");
        }
        for (String prefix : allowedPrefixes) {
            if (!prefix.matches("\\+[1-9][0-9]{0,6}")) {
                throw new IllegalArgumentException("allowed prefixes look like +44 or +4915");
            }
        }
    }

    public static OtpPolicy defaults(List<String> allowedPrefixes) {
        return new OtpPolicy(6, Duration.ofMinutes(5), 5, allowedPrefixes);
    }

    /** An empty allowlist allows no country: the service must be told where it operates. */
    public boolean allows(io.finguard.domain.model.PhoneNumber phone) {
        return allowedPrefixes.stream().anyMatch(phone::hasPrefix);
    }
}
