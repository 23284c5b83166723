package io.finguard.adapters.crypto.dpop;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the DPoP proof check.
 *
 * @param iatWindow     how far a proof's {@code iat} may lie from the server's clock without a nonce (either way)
 * @param nonceLifetime how long a server nonce stands in for freshness
 * @param nonceKey      HMAC-SHA256 key the server's nonces are made with (at least 32 bytes; shared by every instance)
 */
public record DpopConfig(Duration iatWindow, Duration nonceLifetime, byte[] nonceKey) {
    public DpopConfig {
        Objects.requireNonNull(iatWindow, "iatWindow");
        Objects.requireNonNull(nonceLifetime, "nonceLifetime");
        Objects.requireNonNull(nonceKey, "nonceKey");
        if (iatWindow.isNegative() || iatWindow.isZero() || iatWindow.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("iatWindow must be above 0 and at most 5 minutes");
        }
        if (nonceLifetime.compareTo(iatWindow) < 0 || nonceLifetime.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalArgumentException("nonceLifetime must be at least iatWindow and at most 15 minutes");
        }
        if (nonceKey.length < 32) {
            throw new IllegalArgumentException("nonceKey must be at least 32 bytes");
        }
        nonceKey = nonceKey.clone();
    }

    /** 60 s either way, nonces for 5 minutes. */
    public static DpopConfig defaults(byte[] nonceKey) {
        return new DpopConfig(Duration.ofSeconds(60), Duration.ofMinutes(5), nonceKey);
    }

    @Override
    public byte[] nonceKey() {
        return nonceKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DpopConfig that && iatWindow.equals(that.iatWindow) && nonceLifetime.equals(that.nonceLifetime)
                && java.util.Arrays.equals(nonceKey, that.nonceKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(iatWindow, nonceLifetime);
    }

    @Override
    public String toString() {
        return "DpopConfig[iatWindow=" + iatWindow + ", nonceLifetime=" + nonceLifetime + ", nonceKey redacted]";
    }
}
