package io.finguard.adapters.crypto.token;

import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.Claim;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Tier;
import io.finguard.domain.model.UserId;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.token.TokenRefusal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Maps access claims and flow tickets to JWT claims and back; anything unexpected reads as {@code bad_claims}. */
final class TokenClaimsMapper {
    static final String SCOPE = "scope";
    static final String TIER = "tier";
    static final String ACR = "acr";
    static final String AMR = "amr";
    static final String AUTH_TIME = "auth_time";
    static final String SID = "sid";
    static final String DEVICE = "device";
    /** RFC 9449 section 6.1: the confirmation claim naming the thumbprint of the key a token is bound to. */
    static final String CNF = "cnf";
    static final String JKT = "jkt";

    private TokenClaimsMapper() {
    }

    static JWTCreator.Builder write(AccessClaims claims, JWTCreator.Builder jwt) {
        JWTCreator.Builder written = writeUnbound(claims, jwt);
        return claims.boundKey().map(key -> written.withClaim(CNF, java.util.Map.of(JKT, key.value()))).orElse(written);
    }

    private static JWTCreator.Builder writeUnbound(AccessClaims claims, JWTCreator.Builder jwt) {
        return times(jwt, claims.issuedAt(), claims.expiresAt(), claims.tokenId())
                .withSubject(claims.subject().toString())
                .withClaim(SCOPE, claims.scopes().stream().sorted()
                        .map(Scope::wireName).collect(Collectors.joining(" ")))
                .withClaim(TIER, claims.tier().name())
                .withClaim(ACR, claims.acr().wireName())
                .withArrayClaim(AMR, claims.amr().stream().sorted()
                        .map(AuthMethod::wireName).toArray(String[]::new))
                .withClaim(AUTH_TIME, seconds(claims.authTime()))
                .withClaim(SID, claims.session().toString());
    }

    /** A ticket of a client that named no device carries no device claim. */
    static JWTCreator.Builder write(FlowTicket ticket, JWTCreator.Builder jwt) {
        JWTCreator.Builder written = times(jwt, ticket.issuedAt(), ticket.expiresAt(), ticket.ticketId())
                .withSubject(ticket.subject());
        return ticket.device().map(device -> written.withClaim(DEVICE, device.value())).orElse(written);
    }

    static TokenCheck<AccessClaims> readAccess(DecodedJWT jwt) {
        try {
            AccessClaims claims = new AccessClaims(UserId.parse(required(jwt.getSubject())),
                    FamilyId.parse(required(jwt.getClaim(SID).asString())), scopes(jwt.getClaim(SCOPE)),
                    Tier.valueOf(required(jwt.getClaim(TIER).asString())),
                    required(AssuranceLevel.fromWireName(jwt.getClaim(ACR).asString())), methods(jwt.getClaim(AMR)),
                    required(jwt.getClaim(AUTH_TIME).asInstant()), required(jwt.getIssuedAtAsInstant()),
                    required(jwt.getExpiresAtAsInstant()), required(jwt.getId()), boundKey(jwt.getClaim(CNF)));
            return new TokenCheck.Valid<>(claims);
        } catch (IllegalArgumentException | JWTDecodeException e) {
            return new TokenCheck.Invalid<>(TokenRefusal.BAD_CLAIMS);
        }
    }

    /** No {@code cnf}: a Bearer token; a {@code cnf} without a well-formed {@code jkt} is a bad token, never an unbound one. */
    private static Optional<KeyThumbprint> boundKey(Claim cnf) {
        if (cnf.isMissing()) {
            return Optional.empty();
        }
        Object jkt = required(cnf.asMap()).get(JKT);
        return Optional.of(new KeyThumbprint(required(jkt instanceof String text ? text : null)));
    }

    static TokenCheck<FlowTicket> readTicket(DecodedJWT jwt, TicketKind kind) {
        try {
            Claim device = jwt.getClaim(DEVICE);
            FlowTicket ticket = new FlowTicket(kind, nonBlank(jwt.getSubject()),
                    device.isMissing() ? Optional.empty() : Optional.of(new DeviceId(required(device.asString()))),
                    required(jwt.getIssuedAtAsInstant()),
                    required(jwt.getExpiresAtAsInstant()), nonBlank(jwt.getId()));
            return new TokenCheck.Valid<>(ticket);
        } catch (IllegalArgumentException | JWTDecodeException e) {
            return new TokenCheck.Invalid<>(TokenRefusal.BAD_CLAIMS);
        }
    }

    /** NumericDate has whole seconds; {@code nbf} equals {@code iat} because a token is usable once issued. */
    private static JWTCreator.Builder times(JWTCreator.Builder jwt, Instant issuedAt, Instant expiresAt, String id) {
        return jwt.withIssuedAt(seconds(issuedAt)).withNotBefore(seconds(issuedAt))
                .withExpiresAt(seconds(expiresAt)).withJWTId(id);
    }

    static Instant seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static Set<Scope> scopes(Claim claim) {
        String text = required(claim.asString());
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (text.isEmpty()) {
            return scopes;
        }
        for (String name : text.split(" ", -1)) {
            scopes.add(required(Scope.fromWireName(name)));
        }
        return scopes;
    }

    private static Set<AuthMethod> methods(Claim claim) {
        List<String> names = required(claim.asList(String.class));
        Set<AuthMethod> methods = EnumSet.noneOf(AuthMethod.class);
        for (String name : names) {
            methods.add(required(methodNamed(name)));
        }
        return methods;
    }

    private static AuthMethod methodNamed(String wireName) {
        for (AuthMethod method : AuthMethod.values()) {
            if (method.wireName().equals(wireName)) {
                return method;
            }
        }
        return null;
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new IllegalArgumentException("missing or mistyped claim");
        }
        return value;
    }

    private static String nonBlank(String value) {
        if (required(value).isBlank()) {
            throw new IllegalArgumentException("blank claim");
        }
        return value;
    }
}
