package io.finguard.adapters.crypto.token;

import static io.finguard.adapters.crypto.token.TokenFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.SigningKeyRing;
import io.finguard.adapters.crypto.key.VerificationKey;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.token.TokenRefusal;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Es256TokenIssuerTest {
    private final Es256TokenIssuer issuer = TokenFixture.issuer();

    @Test
    void anAccessTokenRoundTripsEveryClaim() {
        AccessClaims claims = TokenFixture.claims();

        IssuedToken issued = issuer.issueAccessToken(claims);

        assertThat(issued.expiresAt()).isEqualTo(claims.expiresAt());
        assertThat(issuer.verifyAccessToken(issued.value(), NOW)).isEqualTo(new TokenCheck.Valid<>(claims));
    }

    @Test
    void anAccessTokenCarriesTheRfc9068HeaderAndClaimsOnTheWire() {
        AccessClaims claims = TokenFixture.claims();

        DecodedJWT jwt = JWT.decode(issuer.issueAccessToken(claims).value());

        assertThat(jwt.getAlgorithm()).isEqualTo("ES256");
        assertThat(jwt.getType()).isEqualTo("at+jwt");
        assertThat(jwt.getKeyId()).isEqualTo(TokenFixture.KEY.kid());
        assertThat(jwt.getIssuer()).isEqualTo(TokenFixture.ISSUER);
        assertThat(jwt.getAudience()).containsExactly(TokenFixture.AUDIENCE);
        assertThat(jwt.getSubject()).isEqualTo(claims.subject().toString());
        assertThat(jwt.getClaim("scope").asString()).isEqualTo("profile:read balance:read transfer:create");
        assertThat(jwt.getClaim("tier").asString()).isEqualTo("FULL");
        assertThat(jwt.getClaim("acr").asString()).isEqualTo("urn:finguard:acr:aal2");
        assertThat(jwt.getClaim("amr").asList(String.class)).containsExactly("sms", "pin");
        assertThat(jwt.getClaim("auth_time").asLong()).isEqualTo(claims.authTime().getEpochSecond());
        assertThat(jwt.getClaim("sid").asString()).isEqualTo(claims.session().toString());
        assertThat(jwt.getClaim("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(jwt.getClaim("nbf").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(jwt.getClaim("exp").asLong()).isEqualTo(NOW.getEpochSecond() + 600);
        assertThat(jwt.getId()).isEqualTo(claims.tokenId());
    }

    @Test
    void subSecondInstantsAreTruncatedToTheWholeSecondsJwtCanCarry() {
        AccessClaims precise = TokenFixture.claims();
        AccessClaims claims = new AccessClaims(precise.subject(), precise.session(), precise.scopes(), precise.tier(),
                precise.acr(), precise.amr(), precise.authTime().plusMillis(700), NOW.plusMillis(250),
                precise.expiresAt().plusMillis(999), precise.tokenId());

        IssuedToken issued = issuer.issueAccessToken(claims);
        AccessClaims read = ((TokenCheck.Valid<AccessClaims>) issuer.verifyAccessToken(issued.value(), NOW.plusSeconds(1)))
                .claims();

        assertThat(issued.expiresAt()).isEqualTo(claims.expiresAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(read.issuedAt()).isEqualTo(NOW);
        assertThat(read.authTime()).isEqualTo(precise.authTime());
        assertThat(read.expiresAt()).isEqualTo(precise.expiresAt());
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void aTicketRoundTripsWithItsOwnTypeAndAudience(TicketKind kind) {
        FlowTicket ticket = TokenFixture.ticket(kind);

        IssuedToken issued = issuer.issueTicket(ticket);
        DecodedJWT jwt = JWT.decode(issued.value());

        assertThat(issuer.verifyTicket(issued.value(), kind, NOW)).isEqualTo(new TokenCheck.Valid<>(ticket));
        String suffix = switch (kind) {
            case SIGNUP -> "signup";
            case STEP_UP -> "step-up";
            case RELEASE_NUMBER -> "release-number";
        };
        assertThat(jwt.getType()).isEqualTo(suffix + "+jwt");
        assertThat(jwt.getAudience()).containsExactly(TokenFixture.AUDIENCE + "#" + suffix);
        assertThat(jwt.getClaim("device").asString()).isEqualTo("device-1");
    }

    @Test
    void theNowArgumentDrivesExpiryAndLeewayIsHonouredOnBothSides() {
        AccessClaims claims = TokenFixture.claims();
        String token = issuer.issueAccessToken(claims).value();
        long leeway = TokenConfig.DEFAULT_LEEWAY.toSeconds();

        // RFC 7519: valid only while now is before exp.
        assertThat(issuer.verifyAccessToken(token, claims.expiresAt().plusSeconds(leeway - 1)))
                .isInstanceOf(TokenCheck.Valid.class);
        assertThat(issuer.verifyAccessToken(token, claims.expiresAt().plusSeconds(leeway)))
                .isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.EXPIRED));
        assertThat(issuer.verifyAccessToken(token, NOW.minusSeconds(leeway))).isInstanceOf(TokenCheck.Valid.class);
        assertThat(issuer.verifyAccessToken(token, NOW.minusSeconds(leeway + 1)))
                .isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.NOT_YET_VALID));
    }

    @Test
    void withZeroLeewayATokenIsExpiredFromItsExpOn() {
        var strict = new Es256TokenIssuer(new TokenConfig(TokenFixture.ISSUER, TokenFixture.AUDIENCE, Duration.ZERO),
                TokenFixture.RING);
        AccessClaims claims = TokenFixture.claims();
        String token = strict.issueAccessToken(claims).value();

        assertThat(strict.verifyAccessToken(token, claims.expiresAt().minusSeconds(1)))
                .isInstanceOf(TokenCheck.Valid.class);
        assertThat(strict.verifyAccessToken(token, claims.expiresAt())).isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.EXPIRED));
        assertThat(strict.verifyAccessToken(token, NOW)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(strict.verifyAccessToken(token, NOW.minusSeconds(1)))
                .isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.NOT_YET_VALID));
    }

    @Test
    void afterRotationOldTokensStillVerifyNewOnesUseTheNewKidAndJwksListsBoth() {
        String oldToken = issuer.issueAccessToken(TokenFixture.claims()).value();
        SigningKey next = SigningKey.generate();
        SigningKeyRing rotated = TokenFixture.RING.rotatedTo(next);
        Es256TokenIssuer afterRotation = new Es256TokenIssuer(TokenFixture.CONFIG, rotated);

        String newToken = afterRotation.issueAccessToken(TokenFixture.claims()).value();

        assertThat(afterRotation.verifyAccessToken(oldToken, NOW)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(JWT.decode(newToken).getKeyId()).isEqualTo(next.kid());
        assertThat(afterRotation.verifyAccessToken(newToken, NOW)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(issuer.verifyAccessToken(newToken, NOW)).isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.UNKNOWN_KEY));
        assertThat(kids(afterRotation.publicKeysJson())).containsExactly(next.kid(), TokenFixture.KEY.kid());

        Es256TokenIssuer retired = new Es256TokenIssuer(TokenFixture.CONFIG, rotated.without(TokenFixture.KEY.kid()));
        assertThat(retired.verifyAccessToken(oldToken, NOW)).isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.UNKNOWN_KEY));
        assertThat(kids(retired.publicKeysJson())).containsExactly(next.kid());
    }

    @Test
    void jwksDescribesEachKeySoThatItsPublicPointCanBeRebuilt() throws Exception {
        SigningKeyRing ring = TokenFixture.RING.rotatedTo(SigningKey.generate());
        String json = new Es256TokenIssuer(TokenFixture.CONFIG, ring).publicKeysJson();

        Matcher entry = Pattern.compile("\\{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"([^\"]+)\",\"y\":\"([^\"]+)\","
                + "\"kid\":\"([^\"]+)\",\"use\":\"sig\",\"alg\":\"ES256\"}").matcher(json);
        int seen = 0;
        for (VerificationKey key : ring.verificationKeys()) {
            assertThat(entry.find()).isTrue();
            byte[] x = Base64.getUrlDecoder().decode(entry.group(1));
            byte[] y = Base64.getUrlDecoder().decode(entry.group(2));
            assertThat(x).hasSize(32);
            assertThat(y).hasSize(32);
            assertThat(entry.group(3)).isEqualTo(key.kid());
            assertThat(rebuild(x, y)).isEqualTo(key.publicKey());
            seen++;
        }
        assertThat(seen).isEqualTo(2);
        assertThat(json).startsWith("{\"keys\":[").endsWith("]}");
    }

    private static List<String> kids(String jwks) {
        return Pattern.compile("\"kid\":\"([^\"]+)\"").matcher(jwks).results().map(m -> m.group(1)).toList();
    }

    private static ECPublicKey rebuild(byte[] x, byte[] y) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(new BigInteger(1, x), new BigInteger(1, y));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }
}
