package io.finguard.bootstrap.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.id.JWTID;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.net.URI;
import java.time.Instant;
import java.util.Date;

/**
 * A DPoP client as a third party would write it: a P-256 key and oauth2-oidc-sdk's {@link DefaultDPoPProofFactory}
 * (a library the service itself does not use) making the proofs.
 */
final class DpopClient {
    private final ECKey key;
    private final DefaultDPoPProofFactory factory;

    private DpopClient(ECKey key) {
        this.key = key;
        try {
            this.factory = new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static DpopClient generate() {
        try {
            return new DpopClient(new ECKeyGenerator(Curve.P_256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String thumbprint() {
        try {
            return key.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A proof for a request that presents no access token (where tokens are issued). */
    String proof(String method, String url) {
        try {
            return factory.createDPoPJWT(method, URI.create(url)).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A proof for a request that presents this access token ({@code ath}). */
    String proof(String method, String url, String accessToken) {
        try {
            return factory.createDPoPJWT(method, URI.create(url), new DPoPAccessToken(accessToken)).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A proof made at {@code iat} (a client with a wrong clock), carrying the server's nonce if given. */
    String proofAt(String method, String url, Instant iat, String nonce) {
        try {
            return factory.createDPoPJWT(new JWTID(), method, URI.create(url), Date.from(iat), null,
                    nonce == null ? null : new Nonce(nonce)).serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
