package io.finguard.adapters.crypto.dpop;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.port.out.DpopProofs;
import io.finguard.domain.port.out.ProofCheck;
import io.finguard.domain.port.out.ProofExpectation;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * DPoP proofs checked with nimbus-jose-jwt (RFC 9449 section 4.3): one JWS, {@code typ: dpop+jwt}, ES256 only (so
 * {@code none}, HS* and everything else is refused), a public P-256 {@code jwk} in the header that verifies the
 * signature (a private key there is refused), {@code htm} and {@code htu} of this request, a {@code jti}, {@code iat}
 * within the window or a live server nonce, and {@code ath} equal to the hash of the presented access token.
 */
public final class NimbusDpopProofs implements DpopProofs {
    private static final JOSEObjectType DPOP = new JOSEObjectType("dpop+jwt");
    private static final int MAX_PROOF_CHARS = 4096;
    private static final int MAX_JTI_CHARS = 256;
    private final DpopConfig config;
    private final DpopNonces nonces;

    public NimbusDpopProofs(DpopConfig config) {
        this.config = config;
        this.nonces = new DpopNonces(config.nonceKey(), config.nonceLifetime());
    }

    @Override
    public ProofCheck check(String proof, ProofExpectation expected) {
        if (proof.isEmpty() || proof.length() > MAX_PROOF_CHARS) {
            return invalid("the proof is empty or too long");
        }
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(proof);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | IllegalArgumentException e) {
            return invalid("the proof is not a signed JWT with a public JWK");
        }
        JWSHeader header = jwt.getHeader();
        if (!DPOP.equals(header.getType())) {
            return invalid("typ must be dpop+jwt");
        }
        if (!JWSAlgorithm.ES256.equals(header.getAlgorithm())) {
            return invalid("alg must be ES256");
        }
        JWK jwk = header.getJWK();
        if (!(jwk instanceof ECKey key) || !Curve.P_256.equals(key.getCurve())) {
            return invalid("jwk must be a P-256 public key");
        }
        if (key.isPrivate()) {
            return invalid("jwk must not contain a private key");
        }
        if (!signedBy(jwt, key)) {
            return invalid("the signature does not verify with the jwk");
        }
        return checkClaims(claims, key, expected);
    }

    private ProofCheck checkClaims(JWTClaimsSet claims, ECKey key, ProofExpectation expected) {
        String htm;
        String htu;
        String ath;
        String nonce;
        try {
            htm = claims.getStringClaim("htm");
            htu = claims.getStringClaim("htu");
            ath = claims.getStringClaim("ath");
            nonce = claims.getStringClaim("nonce");
        } catch (ParseException e) {
            return invalid("htm, htu, ath and nonce must be strings");
        }
        String jti = claims.getJWTID();
        Date iat = claims.getIssueTime();
        if (jti == null || jti.isEmpty() || jti.length() > MAX_JTI_CHARS || iat == null) {
            return invalid("jti and iat are required");
        }
        if (!expected.method().equals(htm)) {
            return invalid("htm does not match the request method");
        }
        if (htu == null || !HtuMatch.matches(htu, expected.url())) {
            return invalid("htu does not match the request URL");
        }
        if (expected.accessToken().isPresent() && !expected.accessToken().map(NimbusDpopProofs::ath).orElseThrow().equals(ath)) {
            return invalid("ath must be the hash of the presented access token");
        }
        Instant issuedAt = iat.toInstant();
        if (!fresh(issuedAt, nonce, expected.now())) {
            return new ProofCheck.NeedsNonce("iat is outside the accepted window; use the server nonce");
        }
        return new ProofCheck.Valid(thumbprint(key), jti, issuedAt);
    }

    /** Within the iat window either way; or, with a live server nonce, issued no earlier than the nonce lifetime. */
    private boolean fresh(Instant iat, String nonce, Instant now) {
        if (iat.isAfter(now.plus(config.iatWindow()))) {
            return false;
        }
        if (!iat.isBefore(now.minus(config.iatWindow()))) {
            return true;
        }
        return nonce != null && nonces.isLive(nonce, now) && !iat.isBefore(now.minus(config.nonceLifetime()));
    }

    @Override
    public Duration acceptanceWindow() {
        return config.nonceLifetime().plus(config.iatWindow());
    }

    @Override
    public String nonce(Instant now) {
        return nonces.issue(now);
    }

    private static boolean signedBy(SignedJWT jwt, ECKey key) {
        try {
            return jwt.verify(new ECDSAVerifier(key.toECPublicKey()));
        } catch (JOSEException e) {
            return false;
        }
    }

    private static KeyThumbprint thumbprint(ECKey key) {
        try {
            return new KeyThumbprint(key.computeThumbprint().toString());
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** RFC 9449 section 4.2: base64url of the SHA-256 of the token's ASCII bytes. */
    static String ath(String accessToken) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.digest(accessToken));
    }

    private static ProofCheck invalid(String why) {
        return new ProofCheck.Invalid(why);
    }
}
