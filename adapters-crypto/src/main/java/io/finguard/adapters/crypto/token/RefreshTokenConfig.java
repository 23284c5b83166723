package io.finguard.adapters.crypto.token;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import java.util.Arrays;
import java.util.Objects;

/** The server key {@link HmacRefreshTokens} derives successor tokens with (at least 32 bytes). */
public record RefreshTokenConfig(byte[] successorKey) {
    public RefreshTokenConfig {
        Objects.requireNonNull(successorKey, "successorKey");
        if (successorKey.length < HmacKeyRing.MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the successor key needs at least " + HmacKeyRing.MIN_KEY_BYTES + " bytes");
        }
        successorKey = successorKey.clone();
    }

    @Override
    public byte[] successorKey() {
        return successorKey.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RefreshTokenConfig that && Arrays.equals(successorKey, that.successorKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(successorKey);
    }

    @Override
    public String toString() {
        return "RefreshTokenConfig[redacted]";
    }
}
