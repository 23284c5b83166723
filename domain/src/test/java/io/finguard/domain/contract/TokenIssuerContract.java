package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.model.Tier;
import io.finguard.domain.port.out.TokenIssuer;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenRefusal;
import io.finguard.domain.token.TokenCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link TokenIssuer} does (security.md, "Tokens"): claims survive the round trip, access tokens
 * and each kind of ticket are never taken for one another, and expired, early, tampered or foreign tokens are
 * refused with a reason. Instants are whole seconds, as JWT NumericDate keeps them.
 */
public abstract class TokenIssuerContract {
    /** Far beyond any clock-skew leeway an implementation may allow (TokenConfig caps it at 60 s). */
    private static final Duration BEYOND_LEEWAY = Duration.ofMinutes(2);
    private static final Instant NOW = SampleValues.T0.plusSeconds(3600);

    /** A fresh issuer with keys of its own: two calls give issuers that do not trust each other's tokens. */
    protected abstract TokenIssuer newIssuer();

    private TokenIssuer issuer;

    @BeforeEach
    void freshIssuer() {
        issuer = newIssuer();
    }

    static Stream<AccessClaims> claimSets() {
        return Stream.of(
                claims(EnumSet.allOf(Scope.class), Tier.FULL, AssuranceLevel.AAL2, EnumSet.allOf(AuthMethod.class)),
                claims(EnumSet.of(Scope.PROFILE_READ), Tier.LIMITED, AssuranceLevel.AAL1, EnumSet.of(AuthMethod.SMS)),
                claims(Set.of(), Tier.LIMITED, AssuranceLevel.AAL1, Set.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("claimSets")
    void anAccessTokenVerifiesToExactlyTheClaimsItWasIssuedWith(AccessClaims claims) {
        IssuedToken token = issuer.issueAccessToken(claims);

        assertThat(token.expiresAt()).isEqualTo(claims.expiresAt());
        assertThat(issuer.verifyAccessToken(token.value(), claims.issuedAt())).isEqualTo(new TokenCheck.Valid<>(claims));
        assertThat(issuer.verifyAccessToken(token.value(), claims.expiresAt().minusSeconds(1)))
                .isEqualTo(new TokenCheck.Valid<>(claims));
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void aTicketVerifiesAsItsOwnKindWithEveryField(TicketKind kind) {
        FlowTicket ticket = ticket(kind);
        IssuedToken token = issuer.issueTicket(ticket);

        assertThat(token.expiresAt()).isEqualTo(ticket.expiresAt());
        assertThat(issuer.verifyTicket(token.value(), kind, NOW)).isEqualTo(new TokenCheck.Valid<>(ticket));
        assertThat(issuer.verifyTicket(token.value(), kind, ticket.expiresAt().minusSeconds(1)))
                .isEqualTo(new TokenCheck.Valid<>(ticket));
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void aTicketOfAClientThatNamedNoDeviceComesBackWithoutOne(TicketKind kind) {
        FlowTicket named = ticket(kind);
        FlowTicket ticket = new FlowTicket(kind, named.subject(), Optional.empty(), named.issuedAt(), named.expiresAt(),
                named.ticketId());

        assertThat(issuer.verifyTicket(issuer.issueTicket(ticket).value(), kind, NOW)).isEqualTo(new TokenCheck.Valid<>(ticket));
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void aTicketCarriesTheSessionNameTheClientGaveAnyTextTheRuleAllows(TicketKind kind) {
        FlowTicket named = ticket(kind);
        FlowTicket ticket = new FlowTicket(kind, named.subject(), named.device(), named.issuedAt(), named.expiresAt(),
                named.ticketId(), Optional.of(new SessionName("Anna's \"phone\" \u00e9 \ud83d\udcf1")));

        assertThat(issuer.verifyTicket(issuer.issueTicket(ticket).value(), kind, NOW)).isEqualTo(new TokenCheck.Valid<>(ticket));
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void aTicketIsNeverAcceptedAsAnAccessToken(TicketKind kind) {
        IssuedToken ticket = issuer.issueTicket(ticket(kind));

        assertThat(issuer.verifyAccessToken(ticket.value(), NOW)).isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.WRONG_TYPE));
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void anAccessTokenIsNeverAcceptedAsATicket(TicketKind kind) {
        IssuedToken access = issuer.issueAccessToken(claims());

        assertThat(issuer.verifyTicket(access.value(), kind, NOW)).isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.WRONG_TYPE));
    }

    @Test
    void aSignupTicketIsNotAStepUpTicketNorTheOtherWayRound() {
        IssuedToken signup = issuer.issueTicket(ticket(TicketKind.SIGNUP));
        IssuedToken stepUp = issuer.issueTicket(ticket(TicketKind.STEP_UP));

        assertThat(issuer.verifyTicket(signup.value(), TicketKind.STEP_UP, NOW)).isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyTicket(stepUp.value(), TicketKind.SIGNUP, NOW)).isEqualTo(new TokenCheck.Invalid<>(TokenRefusal.WRONG_TYPE));
        assertThat(issuer.verifyTicket(signup.value(), TicketKind.SIGNUP, NOW)).isInstanceOf(TokenCheck.Valid.class);
        assertThat(issuer.verifyTicket(stepUp.value(), TicketKind.STEP_UP, NOW)).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void anAccessTokenPastItsExpiryIsRefused() {
        AccessClaims claims = claims();
        IssuedToken token = issuer.issueAccessToken(claims);

        assertThat(issuer.verifyAccessToken(token.value(), claims.expiresAt().plus(BEYOND_LEEWAY)))
                .isInstanceOf(TokenCheck.Invalid.class);
        assertThat(issuer.verifyAccessToken(token.value(), claims.expiresAt().plus(Duration.ofDays(400))))
                .isInstanceOf(TokenCheck.Invalid.class);
    }

    @ParameterizedTest
    @EnumSource(TicketKind.class)
    void aTicketPastItsExpiryIsRefused(TicketKind kind) {
        FlowTicket ticket = ticket(kind);
        IssuedToken token = issuer.issueTicket(ticket);

        assertThat(issuer.verifyTicket(token.value(), kind, ticket.expiresAt().plus(BEYOND_LEEWAY)))
                .isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void aTokenPresentedBeforeItWasIssuedIsRefused() {
        AccessClaims claims = claims();
        IssuedToken access = issuer.issueAccessToken(claims);
        FlowTicket ticket = ticket(TicketKind.SIGNUP);
        IssuedToken signup = issuer.issueTicket(ticket);

        assertThat(issuer.verifyAccessToken(access.value(), claims.issuedAt().minus(BEYOND_LEEWAY)))
                .isInstanceOf(TokenCheck.Invalid.class);
        assertThat(issuer.verifyTicket(signup.value(), TicketKind.SIGNUP, ticket.issuedAt().minus(BEYOND_LEEWAY)))
                .isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void aTokenWithOneCharacterChangedIsRefused() {
        String access = issuer.issueAccessToken(claims()).value();
        String signup = issuer.issueTicket(ticket(TicketKind.SIGNUP)).value();

        for (double where : new double[] {0.25, 0.5, 0.75}) {
            assertThat(issuer.verifyAccessToken(flipped(access, where), NOW)).as("flipped at %s", where)
                    .isInstanceOf(TokenCheck.Invalid.class);
            assertThat(issuer.verifyTicket(flipped(signup, where), TicketKind.SIGNUP, NOW)).as("flipped at %s", where)
                    .isInstanceOf(TokenCheck.Invalid.class);
        }
        assertThat(issuer.verifyAccessToken(access, NOW)).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void aCutOrExtendedTokenIsRefused() {
        String access = issuer.issueAccessToken(claims()).value();

        assertThat(issuer.verifyAccessToken(access.substring(0, access.length() - 1), NOW)).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(issuer.verifyAccessToken(access.substring(1), NOW)).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(issuer.verifyAccessToken(access + access, NOW)).isInstanceOf(TokenCheck.Invalid.class);
    }

    @Test
    void tokensFromAnIssuerWithOtherKeysAreRefused() {
        TokenIssuer other = newIssuer();
        IssuedToken access = other.issueAccessToken(claims());
        IssuedToken stepUp = other.issueTicket(ticket(TicketKind.STEP_UP));

        assertThat(issuer.verifyAccessToken(access.value(), NOW)).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(issuer.verifyTicket(stepUp.value(), TicketKind.STEP_UP, NOW)).isInstanceOf(TokenCheck.Invalid.class);
        assertThat(other.verifyAccessToken(access.value(), NOW)).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void junkIsRefusedWithAShortReasonAndNoException() {
        List<String> junk = List.of("", " ", "not-a-token", "a.b.c", "...", "eyJhbGciOiJub25lIn0.e30.",
                "Bearer x", "x".repeat(20_000), "\u0000\uD800");

        for (String presented : junk) {
            TokenCheck<AccessClaims> access = issuer.verifyAccessToken(presented, NOW);
            assertThat(access).as("access [%.40s]", presented).isInstanceOf(TokenCheck.Invalid.class);
            assertThat(((TokenCheck.Invalid<AccessClaims>) access).reason()).isNotNull();
            assertThat(issuer.verifyTicket(presented, TicketKind.SIGNUP, NOW)).as("ticket [%.40s]", presented)
                    .isInstanceOf(TokenCheck.Invalid.class);
        }
    }

    @Test
    void theReasonForARefusalNeverContainsTheToken() {
        AccessClaims claims = claims();
        String token = issuer.issueAccessToken(claims).value();

        TokenCheck<AccessClaims> expired = issuer.verifyAccessToken(token, claims.expiresAt().plus(BEYOND_LEEWAY));
        TokenCheck<AccessClaims> tampered = issuer.verifyAccessToken(flipped(token, 0.5), NOW);

        for (TokenCheck<AccessClaims> check : List.of(expired, tampered)) {
            assertThat(check).isInstanceOf(TokenCheck.Invalid.class);
            String reason = ((TokenCheck.Invalid<AccessClaims>) check).reason().code();
            assertThat(reason).isNotBlank().doesNotContain(token).doesNotContain(token.substring(0, 12));
        }
    }

    @Test
    void thePublicKeysAreAJsonObjectWithAKeysArrayOfKeyObjects() {
        Object jwks = JsonText.parse(issuer.publicKeysJson());

        assertThat(jwks).isInstanceOf(Map.class);
        Object keys = ((Map<?, ?>) jwks).get("keys");
        assertThat(keys).isInstanceOf(List.class);
        for (Object key : (List<?>) keys) {
            // RFC 7517 4.1: "kty" is required in every JWK; no private parts ("d") may be published.
            assertThat(key).isInstanceOf(Map.class);
            Map<?, ?> jwk = (Map<?, ?>) key;
            assertThat(jwk.get("kty")).isInstanceOf(String.class);
            assertThat(jwk.containsKey("d")).as("private key part published").isFalse();
        }
    }

    /**
     * Changes the character near that fraction of the token to another base64url character. The last
     * character of a segment is avoided: some of its bits are padding, so changing it may change no byte.
     */
    private static String flipped(String token, double where) {
        int at = (int) (token.length() * where);
        while (at > 0 && (token.charAt(at) == '.' || at + 1 == token.length() || token.charAt(at + 1) == '.')) {
            at--;
        }
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }

    private static AccessClaims claims() {
        return claims(EnumSet.of(Scope.PROFILE_READ, Scope.BALANCE_READ), Tier.LIMITED, AssuranceLevel.AAL1,
                EnumSet.of(AuthMethod.SMS));
    }

    private static AccessClaims claims(Set<Scope> scopes, Tier tier, AssuranceLevel acr, Set<AuthMethod> amr) {
        return new AccessClaims(SampleValues.userId(), SampleValues.familyId(), scopes, tier, acr, amr,
                NOW.minusSeconds(90), NOW, NOW.plus(Duration.ofMinutes(10)), UUID.randomUUID().toString());
    }

    private static FlowTicket ticket(TicketKind kind) {
        return new FlowTicket(kind, UUID.randomUUID().toString(), Optional.of(SampleValues.device()), NOW,
                NOW.plus(Duration.ofMinutes(15)), UUID.randomUUID().toString());
    }
}
