package io.finguard.adapters.crypto.token;

import io.finguard.adapters.crypto.key.HmacKeyRing;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.token.RefreshToken;
import io.finguard.domain.port.out.RefreshTokens;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Refresh tokens of 256 bits, base64url without padding. A successor is HMAC-SHA256 of its predecessor
 * under a server key, so a retried rotation yields the same successor; only SHA-256 digests are stored.
 */
public final class HmacRefreshTokens implements RefreshTokens {
    private static final int TOKEN_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final HmacKeyRing key;
    private final SecureRandom random = new SecureRandom();

    public HmacRefreshTokens(RefreshTokenConfig config) {
        Objects.requireNonNull(config, "config");
        this.key = HmacKeyRing.single("refresh", config.successorKey());
    }

    @Override
    public RefreshToken first() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return token(B64.encodeToString(bytes));
    }

    @Override
    public RefreshToken successorOf(String presented) {
        return token(B64.encodeToString(key.macWithCurrent(utf8(presented))));
    }

    @Override
    public TokenDigest digestOf(String presented) {
        return new TokenDigest(HexFormat.of().formatHex(Sha256.digest(utf8(presented))));
    }

    private RefreshToken token(String value) {
        return new RefreshToken(value, digestOf(value));
    }

    /** Junk in, junk digest out: null counts as empty and lone surrogates become '?' rather than failing. */
    private static byte[] utf8(String presented) {
        return presented == null ? new byte[0] : presented.getBytes(StandardCharsets.UTF_8);
    }
}
