package io.finguard.adapters.crypto.token;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.finguard.adapters.crypto.key.Jwks;
import io.finguard.adapters.crypto.key.SigningKeyRing;
import io.finguard.adapters.crypto.key.VerificationKey;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.IssuedToken;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.token.TokenRefusal;
import io.finguard.domain.port.out.TokenIssuer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Access tokens (RFC 9068, {@code typ: at+jwt}) and flow tickets as ES256 JWTs (java-jwt). Verification
 * pins algorithm, type, key id, issuer and audience (RFC 8725), never follows key-bearing headers, and
 * reports a stable reason instead of throwing.
 */
public final class Es256TokenIssuer implements TokenIssuer {
    static final String ALGORITHM = "ES256";
    static final String ACCESS_TYPE = "at+jwt";
    /** Far above any token we issue; stops a megabyte header from ever reaching the JSON parser. */
    static final int MAX_TOKEN_CHARS = 8192;
    /** Headers that would let the token choose its own key or demand extensions: refused, never followed. */
    static final List<String> FORBIDDEN_HEADERS = List.of("jku", "jwk", "x5u", "x5c", "crit");
    private static final List<String> REQUIRED_CLAIMS = List.of("sub", "iat", "nbf", "exp", "jti");

    private final TokenConfig config;
    private final SigningKeyRing keys;
    private final Algorithm signer;

    public Es256TokenIssuer(TokenConfig config, SigningKeyRing keys) {
        this.config = Objects.requireNonNull(config, "config");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.signer = Algorithm.ECDSA256(keys.current().publicKey(), keys.current().privateKey());
    }

    @Override
    public IssuedToken issueAccessToken(AccessClaims claims) {
        String token = TokenClaimsMapper.write(claims, header(ACCESS_TYPE, config.audience())).sign(signer);
        return new IssuedToken(token, TokenClaimsMapper.seconds(claims.expiresAt()));
    }

    @Override
    public IssuedToken issueTicket(FlowTicket ticket) {
        String token = TokenClaimsMapper.write(ticket, header(ticketType(ticket.kind()), ticketAudience(ticket.kind())))
                .sign(signer);
        return new IssuedToken(token, TokenClaimsMapper.seconds(ticket.expiresAt()));
    }

    @Override
    public TokenCheck<AccessClaims> verifyAccessToken(String token, Instant now) {
        return switch (verify(token, ACCESS_TYPE, config.audience(), now)) {
            case TokenCheck.Valid<DecodedJWT> valid -> TokenClaimsMapper.readAccess(valid.claims());
            case TokenCheck.Invalid<DecodedJWT> invalid -> new TokenCheck.Invalid<>(invalid.reason());
        };
    }

    @Override
    public TokenCheck<FlowTicket> verifyTicket(String token, TicketKind expected, Instant now) {
        return switch (verify(token, ticketType(expected), ticketAudience(expected), now)) {
            case TokenCheck.Valid<DecodedJWT> valid -> TokenClaimsMapper.readTicket(valid.claims(), expected);
            case TokenCheck.Invalid<DecodedJWT> invalid -> new TokenCheck.Invalid<>(invalid.reason());
        };
    }

    @Override
    public String publicKeysJson() {
        return Jwks.render(keys.verificationKeys());
    }

    private JWTCreator.Builder header(String type, String audience) {
        return JWT.create()
                .withHeader(Map.of("typ", type))
                .withKeyId(keys.current().kid())
                .withIssuer(config.issuer())
                .withAudience(audience);
    }

    /** Header checks first (cheap, and nothing unsigned is trusted beyond choosing the key), then java-jwt. */
    private TokenCheck<DecodedJWT> verify(String token, String type, String audience, Instant now) {
        Objects.requireNonNull(now, "now");
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            return invalid(TokenRefusal.MALFORMED);
        }
        DecodedJWT jwt;
        try {
            jwt = JWT.decode(token);
        } catch (JWTDecodeException e) {
            return invalid(TokenRefusal.MALFORMED);
        }
        // Exact, case-sensitive: "none", "noNE", HS256 with the public key as secret, RS256... all end here.
        if (!ALGORITHM.equals(jwt.getAlgorithm())) {
            return invalid(TokenRefusal.BAD_ALGORITHM);
        }
        for (String header : FORBIDDEN_HEADERS) {
            if (!jwt.getHeaderClaim(header).isMissing()) {
                return invalid(TokenRefusal.MALFORMED);
            }
        }
        if (!type.equals(jwt.getType())) {
            return invalid(TokenRefusal.WRONG_TYPE);
        }
        Optional<VerificationKey> key = keys.find(jwt.getKeyId());
        if (key.isEmpty()) {
            return invalid(TokenRefusal.UNKNOWN_KEY);
        }
        try {
            verifier(key.get(), audience, now).verify(jwt);
        } catch (JWTVerificationException e) {
            return invalid(reasonFor(e));
        }
        // java-jwt accepts an audience list that merely contains ours; we issue exactly one and want exactly one.
        if (!List.of(audience).equals(jwt.getAudience())) {
            return invalid(TokenRefusal.WRONG_AUDIENCE);
        }
        return new TokenCheck.Valid<>(jwt);
    }

    private JWTVerifier verifier(VerificationKey key, String audience, Instant now) {
        var verification = (JWTVerifier.BaseVerification) JWT.require(Algorithm.ECDSA256(key.publicKey(), null))
                .withIssuer(config.issuer())
                .withAudience(audience)
                .acceptLeeway(config.leeway().toSeconds());
        for (String claim : REQUIRED_CLAIMS) {
            verification.withClaimPresence(claim);
        }
        return verification.build(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static TokenRefusal reasonFor(JWTVerificationException e) {
        return switch (e) {
            case AlgorithmMismatchException mismatch -> TokenRefusal.BAD_ALGORITHM;
            case SignatureVerificationException signature -> TokenRefusal.BAD_SIGNATURE;
            case TokenExpiredException expired -> TokenRefusal.EXPIRED;
            case IncorrectClaimException incorrect -> switch (Objects.requireNonNullElse(incorrect.getClaimName(), "")) {
                case "iss" -> TokenRefusal.WRONG_ISSUER;
                case "aud" -> TokenRefusal.WRONG_AUDIENCE;
                case "nbf", "iat" -> TokenRefusal.NOT_YET_VALID;
                default -> TokenRefusal.BAD_CLAIMS;
            };
            case JWTDecodeException decode -> TokenRefusal.MALFORMED;
            default -> TokenRefusal.BAD_CLAIMS;
        };
    }

    private static TokenCheck<DecodedJWT> invalid(TokenRefusal reason) {
        return new TokenCheck.Invalid<>(reason);
    }

    private static String ticketType(TicketKind kind) {
        return switch (kind) {
            case SIGNUP -> "signup+jwt";
            case STEP_UP -> "step-up+jwt";
            case RELEASE_NUMBER -> "release-number+jwt";
        };
    }

    private String ticketAudience(TicketKind kind) {
        return switch (kind) {
            case SIGNUP -> config.audience() + "#signup";
            case STEP_UP -> config.audience() + "#step-up";
            case RELEASE_NUMBER -> config.audience() + "#release-number";
        };
    }
}
