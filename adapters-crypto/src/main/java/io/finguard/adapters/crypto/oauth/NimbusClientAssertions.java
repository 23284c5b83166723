package io.finguard.adapters.crypto.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.port.out.AssertionCheck;
import io.finguard.domain.port.out.AssertionExpectation;
import io.finguard.domain.port.out.ClientAssertions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * RFC 7523 client assertions checked with nimbus-jose-jwt: one JWS, ES256 only (so {@code none}, HS* and the rest are
 * refused), verified by the client's registered P-256 public key, {@code iss} = {@code sub} = the client id, an
 * accepted {@code aud}, a {@code jti}, and an {@code exp} in the future but at most {@link #MAX_LIFETIME} away (so a
 * spent {@code jti} need not be remembered longer); {@code nbf} and {@code iat}, when present, not in the future.
 */
public final class NimbusClientAssertions implements ClientAssertions {
    /** The longest an assertion may live; oauth4webapi signs for 60 s, nimbus' oauth2-oidc-sdk for 5 minutes. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final int MAX_ASSERTION_CHARS = 8192;
    private static final int MAX_JTI_CHARS = 256;

    /**
     * The registered form of a client's key: a public P-256 JWK (kty EC, crv P-256) as JSON, anything else refused
     * with a message naming what is wrong (never key material). For configuration and the CLI.
     */
    public static ECKey publicKey(String json) {
        JWK jwk;
        try {
            jwk = JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a JWK (JSON object with kty, crv, x, y)");
        }
        if (!(jwk instanceof ECKey key) || !Curve.P_256.equals(key.getCurve())) {
            throw new IllegalArgumentException("the JWK must be an EC P-256 key (ES256)");
        }
        if (key.isPrivate()) {
            throw new IllegalArgumentException("the JWK contains a private key (d): register the public key only");
        }
        return key;
    }

    @Override
    public AssertionCheck check(String assertion, String publicJwk, AssertionExpectation expected) {
        if (assertion.isEmpty() || assertion.length() > MAX_ASSERTION_CHARS) {
            return invalid("the assertion is empty or too long");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(assertion);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | IllegalArgumentException e) {
            return invalid("the assertion is not a signed JWT");
        }
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return invalid("alg must be ES256");
        }
        ECKey key = publicKey(publicJwk);
        try {
            if (!jwt.verify(new ECDSAVerifier(key))) {
                return invalid("the signature does not verify with the registered key");
            }
            return checkClaims(claims, expected, new KeyThumbprint(key.computeThumbprint().toString()));
        } catch (JOSEException e) {
            return invalid("the signature does not verify with the registered key");
        }
    }

    private static AssertionCheck checkClaims(JWTClaimsSet claims, AssertionExpectation expected, KeyThumbprint key) {
        String client = expected.clientId();
        if (!client.equals(claims.getIssuer()) || !client.equals(claims.getSubject())) {
            return invalid("iss and sub must both be the client id");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || audience.stream().noneMatch(expected.audiences()::contains)) {
            return invalid("aud must name the issuer or this endpoint");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isEmpty() || jti.length() > MAX_JTI_CHARS) {
            return invalid("jti is required (at most " + MAX_JTI_CHARS + " characters)");
        }
        Instant now = expected.now();
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().isAfter(now.minus(SKEW))) {
            return invalid("exp is missing or past");
        }
        if (exp.toInstant().isAfter(now.plus(MAX_LIFETIME).plus(SKEW))) {
            return invalid("exp is more than " + MAX_LIFETIME.toMinutes() + " minutes ahead");
        }
        if (inFuture(claims.getNotBeforeTime(), now) || inFuture(claims.getIssueTime(), now)) {
            return invalid("nbf or iat lies in the future");
        }
        return new AssertionCheck.Valid(key, jti, exp.toInstant());
    }

    private static boolean inFuture(Date time, Instant now) {
        return time != null && time.toInstant().isAfter(now.plus(SKEW));
    }

    private static AssertionCheck invalid(String why) {
        return new AssertionCheck.Invalid(why);
    }

    @Override
    public Duration maxLifetime() {
        // Accepted up to MAX_LIFETIME + SKEW ahead, and until SKEW after exp.
        return MAX_LIFETIME.plus(SKEW).plus(SKEW);
    }
}
