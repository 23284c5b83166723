package io.finguard.adapters.crypto.token;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link Es256TokenIssuer} pins: issuer ({@code iss}), access-token audience ({@code aud}; tickets use
 * {@code <aud>#signup} and {@code <aud>#step-up}) and the clock skew tolerated on {@code exp}/{@code nbf}/{@code iat}.
 */
public record TokenConfig(String issuer, String audience, Duration leeway) {
    /** Issuer and verifier are the same service on NTP-synced hosts: a few seconds of skew is plenty. */
    public static final Duration DEFAULT_LEEWAY = Duration.ofSeconds(2);
    static final Duration MAX_LEEWAY = Duration.ofSeconds(60);

    public TokenConfig {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(leeway, "leeway");
        if (issuer.isBlank() || audience.isBlank()) {
            throw new IllegalArgumentException("issuer and audience must not be blank");
        }
        if (audience.contains("#")) {
            throw new IllegalArgumentException("'#' in the audience would blur it with the ticket audiences");
        }
        if (leeway.isNegative() || leeway.compareTo(MAX_LEEWAY) > 0 || leeway.toMillis() % 1000 != 0) {
            throw new IllegalArgumentException("leeway must be whole seconds, 0-" + MAX_LEEWAY.toSeconds());
        }
    }

    public static TokenConfig of(String issuer, String audience) {
        return new TokenConfig(issuer, audience, DEFAULT_LEEWAY);
    }
}
