package io.finguard.adapters.crypto.credential;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link Argon2SecretHasher}: cost parameters, the pepper ring, how many hashes may run at once
 * and how long a caller may wait for a turn before the hasher reports itself unavailable.
 */
public record SecretHashingConfig(Argon2Params params, HmacKeyRing pepper, int maxConcurrent, Duration maxWait) {
    /** Waiting longer than this would hold request threads long past any client's patience. */
    static final Duration MAX_WAIT_CEILING = Duration.ofSeconds(30);

    public SecretHashingConfig {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(pepper, "pepper");
        Objects.requireNonNull(maxWait, "maxWait");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1");
        }
        if (maxWait.isNegative() || maxWait.compareTo(MAX_WAIT_CEILING) > 0) {
            throw new IllegalArgumentException("maxWait must be 0-" + MAX_WAIT_CEILING.toSeconds() + " s");
        }
    }

    /** OWASP-minimum parameters, one hash per available processor, callers wait at most 2 s. */
    public static SecretHashingConfig defaults(HmacKeyRing pepper) {
        return new SecretHashingConfig(Argon2Params.OWASP_MINIMUM, pepper,
                Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(2));
    }

    public SecretHashingConfig withParams(Argon2Params newParams) {
        return new SecretHashingConfig(newParams, pepper, maxConcurrent, maxWait);
    }

    public SecretHashingConfig withPepper(HmacKeyRing newPepper) {
        return new SecretHashingConfig(params, newPepper, maxConcurrent, maxWait);
    }

    public SecretHashingConfig withConcurrency(int newMaxConcurrent, Duration newMaxWait) {
        return new SecretHashingConfig(params, pepper, newMaxConcurrent, newMaxWait);
    }
}
