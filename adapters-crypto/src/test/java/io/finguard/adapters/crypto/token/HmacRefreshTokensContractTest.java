package io.finguard.adapters.crypto.token;

import io.finguard.domain.contract.RefreshTokensContract;
import io.finguard.domain.port.out.RefreshTokens;
import java.security.SecureRandom;

/** The HMAC refresh tokens keep the RefreshTokens contract; each instance gets a random successor key. */
class HmacRefreshTokensContractTest extends RefreshTokensContract {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected RefreshTokens newTokens() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new HmacRefreshTokens(new RefreshTokenConfig(key));
    }
}
