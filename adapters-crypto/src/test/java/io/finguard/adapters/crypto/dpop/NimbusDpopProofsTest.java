package io.finguard.adapters.crypto.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import io.finguard.domain.contract.DpopProofsContract;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.port.out.DpopProofs;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The proofs contract against the nimbus-jose-jwt check, with proofs made by a client library the server does not use:
 * oauth2-oidc-sdk's {@link DefaultDPoPProofFactory}.
 */
class NimbusDpopProofsTest extends DpopProofsContract {
    static final byte[] NONCE_KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final ECKey ONE = newKey();
    private static final ECKey TWO = newKey();

    @Override
    protected DpopProofs proofs() {
        return new NimbusDpopProofs(new DpopConfig(IAT_WINDOW, NONCE_LIFETIME, NONCE_KEY));
    }

    @Override
    protected String proof(int keyNo, String htm, String htu, Instant iat, String jti, Optional<String> accessToken,
                           Optional<String> nonce) {
        try {
            return new DefaultDPoPProofFactory(keyNo == 1 ? ONE : TWO, JWSAlgorithm.ES256)
                    .createDPoPJWT(new JWTID(jti), htm, URI.create(htu), Date.from(iat),
                            accessToken.map(DPoPAccessToken::new).orElse(null), nonce.map(Nonce::new).orElse(null))
                    .serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected KeyThumbprint thumbprint(int keyNo) {
        try {
            return new KeyThumbprint((keyNo == 1 ? ONE : TWO).computeThumbprint().toString());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
