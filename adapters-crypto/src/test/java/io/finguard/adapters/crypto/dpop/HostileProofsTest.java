package io.finguard.adapters.crypto.dpop;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.finguard.domain.port.out.ProofCheck;
import io.finguard.domain.port.out.ProofExpectation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * RFC 9449 section 4.3 checks that a well-behaved client library never trips, with proofs forged by hand: another key's
 * signature, {@code alg: none}, HS256, a private key in {@code jwk}, the wrong {@code typ}, no {@code jti}; and the
 * RFC's own example proof (Figure 2) with the thumbprint the RFC gives for its key (Figure 9).
 */
class HostileProofsTest {
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String URL = "https://api.example.test/v1/me";
    private static final ECKey KEY = NimbusDpopProofsTest.newKey();
    private static final ECKey OTHER = NimbusDpopProofsTest.newKey();
    private final NimbusDpopProofs proofs = new NimbusDpopProofs(DpopConfig.defaults(NimbusDpopProofsTest.NONCE_KEY));

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().jwtID("jti-" + System.nanoTime()).claim("htm", "GET").claim("htu", URL)
                .issueTime(Date.from(NOW)).build();
    }

    private static JWSHeader.Builder header(ECKey jwk) {
        return new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt")).jwk(jwk);
    }

    private ProofCheck check(String proof) {
        return proofs.check(proof, new ProofExpectation("GET", URL, Optional.empty(), NOW));
    }

    private static String signed(JWSHeader header, JWTClaimsSet claims, ECKey signingKey) throws Exception {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(new ECDSASigner(signingKey));
        return jwt.serialize();
    }

    @Test
    void aWellFormedProofPasses() throws Exception {
        assertThat(check(signed(header(KEY.toPublicJWK()).build(), claims(), KEY))).isInstanceOf(ProofCheck.Valid.class);
    }

    @Test
    void aProofSignedByAnotherKeyThanItsJwkIsInvalid() throws Exception {
        assertThat(check(signed(header(KEY.toPublicJWK()).build(), claims(), OTHER))).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void algNoneIsInvalid() {
        String header = b64("{\"typ\":\"dpop+jwt\",\"alg\":\"none\",\"jwk\":" + KEY.toPublicJWK().toJSONString() + "}");
        String body = b64(claims().toString());

        assertThat(check(header + "." + body + ".")).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void hs256IsInvalidEvenWithAValidMac() throws Exception {
        byte[] secret = new byte[32];
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new JOSEObjectType("dpop+jwt"))
                .jwk(KEY.toPublicJWK()).build(), claims());
        jwt.sign(new MACSigner(secret));

        assertThat(check(jwt.serialize())).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void aPrivateKeyInTheJwkHeaderIsInvalid() throws Exception {
        // nimbus refuses to put a private key in a header, so the header is written by hand around a valid signature.
        String header = b64("{\"typ\":\"dpop+jwt\",\"alg\":\"ES256\",\"jwk\":" + KEY.toJSONString() + "}");
        String body = b64(claims().toString());
        byte[] signature = new ECDSASigner(KEY).sign(new JWSHeader(JWSAlgorithm.ES256),
                (header + "." + body).getBytes(StandardCharsets.US_ASCII)).decode();
        String proof = header + "." + body + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        assertThat(check(proof)).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void anotherTypIsInvalid() throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).jwk(KEY.toPublicJWK()).build();

        assertThat(check(signed(header, claims(), KEY))).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void aProofWithoutJwkIsInvalid() throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256).type(new JOSEObjectType("dpop+jwt")).build();

        assertThat(check(signed(header, claims(), KEY))).isInstanceOf(ProofCheck.Invalid.class);
    }

    @Test
    void aProofWithoutJtiIsInvalid() throws Exception {
        JWTClaimsSet noJti = new JWTClaimsSet.Builder(claims()).jwtID(null).build();

        assertThat(check(signed(header(KEY.toPublicJWK()).build(), noJti, KEY))).isInstanceOf(ProofCheck.Invalid.class);
    }

    /** RFC 9449 Figure 2, the example proof; Figure 9 gives its key's thumbprint. */
    @Test
    void theRfcsExampleProofIsValidAtItsTimeWithTheRfcsThumbprint() {
        String rfcProof = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2IiwiandrIjp7Imt0eSI6IkVDIiwieCI6Imw4dEZyaHgtMzR0VjNoUklDUkRZ"
                + "OXpDa0RscEJoRjQyVVFVZldWQVdCRnMiLCJ5IjoiOVZFNGpmX09rX282NHpiVFRsY3VOSmFqSG10NnY5VERWclUwQ2R2R1JEQSIsImNydiI"
                + "6IlAtMjU2In19.eyJqdGkiOiItQndDM0VTYzZhY2MybFRjIiwiaHRtIjoiUE9TVCIsImh0dSI6Imh0dHBzOi8vc2VydmVyLmV4YW1wbGUuY2"
                + "9tL3Rva2VuIiwiaWF0IjoxNTYyMjYyNjE2fQ.2-GxA6T8lP4vfrg8v-FdWP0A0zdrj8igiMLvqRMUvwnQg4PtFLbdLXiOSsX0x7NVY-FNyJ"
                + "K70nfbV37xRZT3Lg";
        Instant rfcTime = Instant.ofEpochSecond(1562262616);

        ProofCheck check = proofs.check(rfcProof, new ProofExpectation("POST", "https://server.example.com/token", Optional.empty(), rfcTime));

        assertThat(check).isEqualTo(new ProofCheck.Valid(
                new io.finguard.domain.model.KeyThumbprint("0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I"), "-BwC3ESc6acc2lTc", rfcTime));
        assertThat(proofs.check(rfcProof, new ProofExpectation("POST", "https://server.example.com/token", Optional.empty(),
                rfcTime.plusSeconds(3600)))).isInstanceOf(ProofCheck.NeedsNonce.class);
    }

    @Test
    void htuIsComparedWithoutQueryAndFragmentAfterNormalisation() {
        assertThat(HtuMatch.matches("HTTPS://API.example.test:443/v1/me", URL)).isTrue();
        assertThat(HtuMatch.matches("https://api.example.test/v1/me?x=1#f", URL)).isTrue();
        assertThat(HtuMatch.matches("https://api.example.test/v1/me/", URL)).isFalse();
        assertThat(HtuMatch.matches("https://evil.example.test/v1/me", URL)).isFalse();
        assertThat(HtuMatch.matches("ftp://api.example.test/v1/me", "ftp://api.example.test/v1/me")).isFalse();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
