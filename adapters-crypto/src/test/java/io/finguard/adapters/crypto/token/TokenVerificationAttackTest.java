package io.finguard.adapters.crypto.token;

import static io.finguard.adapters.crypto.token.TokenFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.algorithms.Algorithm;
import io.finguard.adapters.crypto.key.SigningKey;
import io.finguard.adapters.crypto.key.SigningKeyRing;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.token.TokenRefusal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The adversarial bar for tokens: every forged or misplaced token is refused with a stable reason. */
class TokenVerificationAttackTest {
    private final Es256TokenIssuer issuer = TokenFixture.issuer();

    @Test
    void aHandBuiltTokenSignedWithTheRingKeyIsAccepted_soTheForgeriesBelowFailForTheirOneDefect() {
        String token = TokenFixture.forgedAccess().signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(token, NOW)).isInstanceOf(TokenCheck.Valid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "noNE", "None", "NONE"})
    void unsignedTokensAreRefusedWhateverTheSpellingOfNone(String alg) {
        String token = TokenFixture.forgedAccess().header("alg", alg).unsigned();

        assertThat(issuer.verifyAccessToken(token, NOW)).isEqualTo(invalid(TokenRefusal.BAD_ALGORITHM));
    }

    @Test
    void hs256SignedWithThePublicKeyAsHmacSecretIsRefused() {
        byte[] der = TokenFixture.KEY.publicKey().getEncoded();
        byte[] pem = TokenFixture.KEY.verificationKey().toPem().getBytes(StandardCharsets.US_ASCII);

        for (byte[] secret : List.of(der, pem)) {
            String token = TokenFixture.forgedAccess().header("alg", "HS256").signedWith(Algorithm.HMAC256(secret));
            assertThat(issuer.verifyAccessToken(token, NOW)).isEqualTo(invalid(TokenRefusal.BAD_ALGORITHM));
        }
    }

    @Test
    void rs256AndOtherSpellingsOfEs256AreRefused() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var rsa = generator.generateKeyPair();
        String rs256 = TokenFixture.forgedAccess().header("alg", "RS256")
                .signedWith(Algorithm.RSA256((RSAPublicKey) rsa.getPublic(), (RSAPrivateKey) rsa.getPrivate()));
        String lowerCase = TokenFixture.forgedAccess().header("alg", "es256")
                .signedWith(TokenFixture.es256(TokenFixture.KEY));
        String missing = TokenFixture.forgedAccess().header("alg", null).signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(rs256, NOW)).isEqualTo(invalid(TokenRefusal.BAD_ALGORITHM));
        assertThat(issuer.verifyAccessToken(lowerCase, NOW)).isEqualTo(invalid(TokenRefusal.BAD_ALGORITHM));
        assertThat(issuer.verifyAccessToken(missing, NOW)).isEqualTo(invalid(TokenRefusal.BAD_ALGORITHM));
    }

    @Test
    void aKidOutsideTheRingOrNoKidAtAllIsAnUnknownKey() {
        String wrongKid = TokenFixture.forgedAccess().header("kid", "no-such-key")
                .signedWith(TokenFixture.es256(TokenFixture.KEY));
        String noKid = TokenFixture.forgedAccess().header("kid", null).signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(wrongKid, NOW)).isEqualTo(invalid(TokenRefusal.UNKNOWN_KEY));
        assertThat(issuer.verifyAccessToken(noKid, NOW)).isEqualTo(invalid(TokenRefusal.UNKNOWN_KEY));
    }

    @Test
    void aKeyNotInTheRingCannotSignEvenWhenItBorrowsARingKid() {
        SigningKey stranger = SigningKey.generate();
        String ownKid = TokenFixture.forgedAccess().header("kid", stranger.kid()).signedWith(TokenFixture.es256(stranger));
        String borrowedKid = TokenFixture.forgedAccess().signedWith(TokenFixture.es256(stranger));
        String strangerIssued = new Es256TokenIssuer(TokenFixture.CONFIG, SigningKeyRing.of(stranger))
                .issueAccessToken(TokenFixture.claims()).value();

        assertThat(issuer.verifyAccessToken(ownKid, NOW)).isEqualTo(invalid(TokenRefusal.UNKNOWN_KEY));
        assertThat(issuer.verifyAccessToken(borrowedKid, NOW)).isEqualTo(invalid(TokenRefusal.BAD_SIGNATURE));
        assertThat(issuer.verifyAccessToken(strangerIssued, NOW)).isEqualTo(invalid(TokenRefusal.UNKNOWN_KEY));
    }

    @Test
    void aTamperedPayloadOrAZeroSignatureFailsTheSignature() {
        String token = issuer.issueAccessToken(TokenFixture.claims()).value();
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"tier\":\"FULL\"", "\"tier\":\"LIMITED\"");
        assertThat(payload).contains("LIMITED");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String zeroSignature = parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[64]);

        assertThat(issuer.verifyAccessToken(tampered, NOW)).isEqualTo(invalid(TokenRefusal.BAD_SIGNATURE));
        assertThat(issuer.verifyAccessToken(zeroSignature, NOW)).isEqualTo(invalid(TokenRefusal.BAD_SIGNATURE));
    }

    @Test
    void expiredAndNotYetValidTokensAreRefused() {
        long now = NOW.getEpochSecond();
        String expired = TokenFixture.forgedAccess().claim("iat", now - 3600).claim("nbf", now - 3600)
                .claim("exp", now - 60).signedWith(TokenFixture.es256(TokenFixture.KEY));
        String future = TokenFixture.forgedAccess().claim("iat", now + 60).claim("nbf", now + 60)
                .claim("exp", now + 600).signedWith(TokenFixture.es256(TokenFixture.KEY));
        String futureNbfOnly = TokenFixture.forgedAccess().claim("nbf", now + 60)
                .signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(expired, NOW)).isEqualTo(invalid(TokenRefusal.EXPIRED));
        assertThat(issuer.verifyAccessToken(future, NOW)).isEqualTo(invalid(TokenRefusal.NOT_YET_VALID));
        assertThat(issuer.verifyAccessToken(futureNbfOnly, NOW)).isEqualTo(invalid(TokenRefusal.NOT_YET_VALID));
    }

    @Test
    void anotherIssuerOrAudienceIsRefusedEvenWithOurKey() {
        String otherIssuer = new Es256TokenIssuer(TokenConfig.of("https://evil.test", TokenFixture.AUDIENCE),
                TokenFixture.RING).issueAccessToken(TokenFixture.claims()).value();
        String otherAudience = new Es256TokenIssuer(TokenConfig.of(TokenFixture.ISSUER, "other-api"),
                TokenFixture.RING).issueAccessToken(TokenFixture.claims()).value();
        String extraAudience = TokenFixture.forgedAccess().claim("aud", List.of(TokenFixture.AUDIENCE, "other-api"))
                .signedWith(TokenFixture.es256(TokenFixture.KEY));
        String ticketAudience = TokenFixture.forgedAccess().claim("aud", TokenFixture.AUDIENCE + "#signup")
                .signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(otherIssuer, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_ISSUER));
        assertThat(issuer.verifyAccessToken(otherAudience, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_AUDIENCE));
        assertThat(issuer.verifyAccessToken(extraAudience, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_AUDIENCE));
        assertThat(issuer.verifyAccessToken(ticketAudience, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_AUDIENCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JWT", "AT+JWT", "application/at+jwt", "signup+jwt", ""})
    void anyTypeButAtJwtIsRefusedForAccess(String typ) {
        String token = TokenFixture.forgedAccess().header("typ", typ).signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(token, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
    }

    @Test
    void aMissingTypeIsRefused() {
        String token = TokenFixture.forgedAccess().header("typ", null).signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(token, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
    }

    @Test
    void ticketsAndAccessTokensAreNeverAcceptedForEachOther() {
        String signup = issuer.issueTicket(TokenFixture.ticket(TicketKind.SIGNUP)).value();
        String stepUp = issuer.issueTicket(TokenFixture.ticket(TicketKind.STEP_UP)).value();
        String access = issuer.issueAccessToken(TokenFixture.claims()).value();

        assertThat(issuer.verifyAccessToken(signup, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyAccessToken(stepUp, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyTicket(access, TicketKind.SIGNUP, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyTicket(access, TicketKind.STEP_UP, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyTicket(signup, TicketKind.STEP_UP, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyTicket(stepUp, TicketKind.SIGNUP, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
    }

    @Test
    void aReleaseNumberTicketIsAcceptedOnlyAsItselfAndNoOtherTicketAsIt() {
        String release = issuer.issueTicket(TokenFixture.ticket(TicketKind.RELEASE_NUMBER)).value();
        String stepUp = issuer.issueTicket(TokenFixture.ticket(TicketKind.STEP_UP)).value();
        String access = issuer.issueAccessToken(TokenFixture.claims()).value();

        assertThat(issuer.verifyTicket(release, TicketKind.RELEASE_NUMBER, NOW)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(issuer.verifyTicket(release, TicketKind.STEP_UP, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyAccessToken(release, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyTicket(stepUp, TicketKind.RELEASE_NUMBER, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyTicket(access, TicketKind.RELEASE_NUMBER, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_TYPE));
    }

    @Test
    void aStepUpTicketRetypedAsReleaseNumberStillCarriesTheStepUpAudience() {
        String token = ForgedToken.with(Map.of("alg", "ES256", "typ", "release-number+jwt", "kid", TokenFixture.KEY.kid()),
                        Map.of("iss", TokenFixture.ISSUER, "aud", TokenFixture.AUDIENCE + "#step-up", "sub", "user",
                                "device", "device-1", "jti", "t-1", "iat", NOW.getEpochSecond(),
                                "nbf", NOW.getEpochSecond(), "exp", NOW.getEpochSecond() + 600))
                .signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyTicket(token, TicketKind.RELEASE_NUMBER, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_AUDIENCE));
    }

    @Test
    void aTicketRetypedAsStepUpStillCarriesTheSignupAudience() {
        String token = ForgedToken.with(Map.of("alg", "ES256", "typ", "step-up+jwt", "kid", TokenFixture.KEY.kid()),
                        Map.of("iss", TokenFixture.ISSUER, "aud", TokenFixture.AUDIENCE + "#signup", "sub", "pre-user",
                                "device", "device-1", "jti", "t-1", "iat", NOW.getEpochSecond(),
                                "nbf", NOW.getEpochSecond(), "exp", NOW.getEpochSecond() + 600))
                .signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyTicket(token, TicketKind.STEP_UP, NOW)).isEqualTo(invalid(TokenRefusal.WRONG_AUDIENCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jku", "jwk", "x5u", "x5c", "crit"})
    void keyBearingAndCriticalHeadersAreRefusedNotFollowed(String header) {
        Object value = header.equals("crit") ? List.of("exp") : "https://evil.test/keys.json";
        String token = TokenFixture.forgedAccess().header(header, value).signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(token, NOW)).isEqualTo(invalid(TokenRefusal.MALFORMED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "sid", "scope", "tier", "acr", "amr", "auth_time", "jti", "exp", "iat", "nbf"})
    void aSignedTokenMissingAClaimIsRefused(String claim) {
        String token = TokenFixture.forgedAccess().claim(claim, null).signedWith(TokenFixture.es256(TokenFixture.KEY));

        assertThat(issuer.verifyAccessToken(token, NOW)).isEqualTo(invalid(TokenRefusal.BAD_CLAIMS));
    }

    @Test
    void aSignedTokenWithUnknownOrMistypedClaimValuesIsRefused() {
        List<ForgedToken> tokens = List.of(
                TokenFixture.forgedAccess().claim("scope", "profile:read admin:all"),
                TokenFixture.forgedAccess().claim("tier", "PLATINUM"),
                TokenFixture.forgedAccess().claim("acr", "urn:finguard:acr:aal3"),
                TokenFixture.forgedAccess().claim("amr", List.of("sms", "face")),
                TokenFixture.forgedAccess().claim("amr", "sms"),
                TokenFixture.forgedAccess().claim("sub", "not-a-uuid"),
                TokenFixture.forgedAccess().claim("sid", 42));

        for (ForgedToken token : tokens) {
            assertThat(issuer.verifyAccessToken(token.signedWith(TokenFixture.es256(TokenFixture.KEY)), NOW))
                    .isEqualTo(invalid(TokenRefusal.BAD_CLAIMS));
        }
    }

    @Test
    void junkNeverThrowsAndReadsAsMalformed() {
        List<String> junk = List.of("", "abc", "a.b.c", "..", "...", "eyJhbGciOiJFUzI1NiJ9", "x".repeat(20_000),
                "eyJhbGciOiJFUzI1NiJ9.eyJ.sig", "W10.W10.");
        for (String token : junk) {
            assertThat(issuer.verifyAccessToken(token, NOW)).isEqualTo(invalid(TokenRefusal.MALFORMED));
            assertThat(issuer.verifyTicket(token, TicketKind.SIGNUP, NOW)).isEqualTo(invalid(TokenRefusal.MALFORMED));
        }
        assertThat(issuer.verifyAccessToken(null, NOW)).isEqualTo(invalid(TokenRefusal.MALFORMED));
    }

    @Test
    void randomMutationsOfAValidTokenNeverThrowAndNeverVerify() {
        String token = issuer.issueAccessToken(TokenFixture.claims()).value();
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            char[] chars = token.toCharArray();
            int position = random.nextInt(chars.length);
            char replacement = alphabet.charAt(random.nextInt(alphabet.length()));
            if (chars[position] == replacement) {
                continue;
            }
            chars[position] = replacement;
            TokenCheck<?> check = issuer.verifyAccessToken(new String(chars), NOW);
            assertThat(check).isInstanceOf(TokenCheck.Invalid.class);
        }
    }

    private static <C> TokenCheck<C> invalid(TokenRefusal reason) {
        return new TokenCheck.Invalid<>(reason);
    }
}
