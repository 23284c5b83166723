package io.finguard.adapters.crypto.token;

import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.SigningKeyRing;
import io.finguard.domain.contract.TokenIssuerContract;
import io.finguard.domain.port.out.TokenIssuer;

/** The contract holds for an issuer mid-rotation too: a new signing key with the previous one still trusted. */
class Es256RotatedKeyRingContractTest extends TokenIssuerContract {

    @Override
    protected TokenIssuer newIssuer() {
        SigningKeyRing ring = SigningKeyRing.of(SigningKey.generate()).rotatedTo(SigningKey.generate());
        return new Es256TokenIssuer(TokenFixture.CONFIG, ring);
    }
}
