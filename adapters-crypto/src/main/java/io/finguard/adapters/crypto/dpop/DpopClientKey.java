package io.finguard.adapters.crypto.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.finguard.domain.model.KeyThumbprint;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The client side of DPoP, for the {@code finguard dpop-proof} tool and the benchmarks: a P-256 key (as a private JWK)
 * and the proofs it signs. The server never holds one of these.
 */
public final class DpopClientKey {
    private final ECKey key;

    private DpopClientKey(ECKey key) {
        this.key = key;
    }

    public static DpopClientKey generate() {
        try {
            return new DpopClientKey(new ECKeyGenerator(Curve.P_256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("P-256 key generation unavailable", e);
        }
    }

    /** A key from its private JWK (what {@link #privateJwk()} wrote). */
    public static DpopClientKey fromPrivateJwk(String json) {
        try {
            ECKey parsed = ECKey.parse(json);
            if (!parsed.isPrivate() || !Curve.P_256.equals(parsed.getCurve())) {
                throw new IllegalArgumentException("not a private P-256 JWK");
            }
            return new DpopClientKey(parsed);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWK: " + e.getMessage(), e);
        }
    }

    /** The private JWK as JSON: a secret of the client's. */
    public String privateJwk() {
        return key.toJSONString();
    }

    public KeyThumbprint thumbprint() {
        try {
            return new KeyThumbprint(key.computeThumbprint().toString());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A proof for {@code method} and {@code url} at {@code now}, with the token's hash and the server's nonce if given. */
    public String proof(String method, String url, Optional<String> accessToken, Optional<String> nonce, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().jwtID(UUID.randomUUID().toString()).claim("htm", method)
                .claim("htu", url).issueTime(Date.from(now));
        accessToken.ifPresent(token -> claims.claim("ath", NimbusDpopProofs.ath(token)));
        nonce.ifPresent(n -> claims.claim("nonce", n));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(key.toPublicJWK()).build(), claims.build());
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public String toString() {
        return "DpopClientKey[" + thumbprint() + ", private part redacted]";
    }
}
