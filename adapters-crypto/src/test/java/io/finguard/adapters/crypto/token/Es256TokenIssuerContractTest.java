package io.finguard.adapters.crypto.token;

import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.SigningKeyRing;
import io.finguard.domain.contract.TokenIssuerContract;
import io.finguard.domain.port.out.TokenIssuer;

/** The ES256 issuer keeps the TokenIssuer contract; each instance signs with a freshly generated P-256 key. */
class Es256TokenIssuerContractTest extends TokenIssuerContract {

    @Override
    protected TokenIssuer newIssuer() {
        return new Es256TokenIssuer(TokenFixture.CONFIG, SigningKeyRing.of(SigningKey.generate()));
    }
}
