package io.finguard.adapters.web;

import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.Scope;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.port.in.AdmitOperator;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.token.TokenRefusal;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer checks per route: access tokens, signup and step-up tickets (each only where it belongs, as the
 * {@link Authenticate} port verifies type and audience), scope, and the operator credential, whose every
 * presentation {@link AdmitOperator} counts and audits with the caller's address. Tiers are the domain's to decide.
 */
public final class Guard {
    private static final String INVALID_TOKEN = "Bearer realm=\"finguard\", error=\"invalid_token\"";
    private final Authenticate authenticate;
    private final AdmitOperator admitOperator;
    private final byte[] adminTokenSha256;
    private final Dpop dpop;

    Guard(Authenticate authenticate, AdmitOperator admitOperator, String adminTokenSha256Hex, Dpop dpop) {
        this.dpop = dpop;
        this.authenticate = authenticate;
        this.admitOperator = admitOperator;
        this.adminTokenSha256 = HexFormat.of().parseHex(adminTokenSha256Hex);
    }

    /** A valid access token carrying {@code scope}. */
    public AccessClaims access(Context ctx, Scope scope) {
        return requireScope(validAccess(ctx), scope);
    }

    /**
     * A valid access token, whatever its scopes: for routes whose use case decides scope together with rules the edge
     * cannot know (transfers ask the account's tier first, then the scope).
     */
    public AccessClaims authenticated(Context ctx) {
        return validAccess(ctx);
    }

    /**
     * The access token of the request, in the scheme its binding asks for (RFC 9449 section 7.1): a DPoP-bound token as
     * {@code Authorization: DPoP} with a proof by its key carrying its hash; an unbound one as {@code Bearer}, and only
     * while the deployment does not require DPoP.
     */
    public AccessClaims validAccess(Context ctx) {
        Presented presented = presented(ctx);
        AccessClaims claims = validAccess(presented.token());
        if (claims.boundKey().isPresent()) {
            if (!presented.dpop()) {
                throw Dpop.invalidToken("A DPoP-bound token must be presented with the DPoP scheme and a proof.");
            }
            dpop.requireProofFor(ctx, presented.token(), claims.boundKey().get());
        } else if (presented.dpop()) {
            throw Dpop.invalidToken("The token is not DPoP-bound: present it as a Bearer token.");
        } else if (dpop.required()) {
            throw Dpop.invalidToken("This service accepts DPoP-bound tokens only.");
        }
        return claims;
    }

    /** A credential as presented: the token, and whether it came in the DPoP scheme rather than Bearer. */
    public record Presented(String token, boolean dpop) {
    }

    /** The {@code Authorization} credential in the Bearer or the DPoP scheme. */
    public Presented presented(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.length() > 5 && header.regionMatches(true, 0, "DPoP ", 0, 5)) {
            String token = header.substring(5).trim();
            if (!token.isEmpty() && token.length() <= 4096) {
                return new Presented(token, true);
            }
        }
        return new Presented(bearer(ctx), false);
    }

    private static AccessClaims requireScope(AccessClaims claims, Scope scope) {
        if (!claims.hasScope(scope)) {
            throw new ProblemException(insufficientScope(scope), insufficientScopeChallenge(scope));
        }
        return claims;
    }

    /** The answer for a token that lacks {@code scope}, with the Bearer challenge naming it (RFC 6750). */
    public static Reply insufficientScopeReply(Scope scope) {
        return Reply.problem(insufficientScope(scope), insufficientScopeChallenge(scope));
    }

    private static Problem insufficientScope(Scope scope) {
        return Problem.of(403, RefusalCode.INSUFFICIENT_SCOPE.code(), "The token lacks the scope " + scope.wireName() + ".");
    }

    private static Map<String, String> insufficientScopeChallenge(Scope scope) {
        return Map.of("WWW-Authenticate", "Bearer realm=\"finguard\", error=\"insufficient_scope\", scope=\""
                + scope.wireName() + "\"");
    }

    public PreUserId signupTicket(Context ctx) {
        return switch (authenticate.signupTicket(bearer(ctx))) {
            case TokenCheck.Valid<PreUserId> valid -> valid.claims();
            case TokenCheck.Invalid<PreUserId> invalid -> throw invalidToken("A signup ticket is required.");
        };
    }

    /** The release ticket of a login that offered "this is not my account"; nothing else is accepted. */
    public FlowTicket releaseTicket(Context ctx) {
        return switch (authenticate.releaseTicket(bearer(ctx))) {
            case TokenCheck.Valid<FlowTicket> valid -> valid.claims();
            case TokenCheck.Invalid<FlowTicket> invalid -> throw invalidToken("A release ticket is required.");
        };
    }

    /** A step-up ticket, or else a live access token: step-up finishes a login or raises a session. */
    public Optional<FlowTicket> stepUpTicket(String bearer) {
        return switch (authenticate.stepUpTicket(bearer)) {
            case TokenCheck.Valid<FlowTicket> valid -> Optional.of(valid.claims());
            case TokenCheck.Invalid<FlowTicket> invalid -> Optional.empty();
        };
    }

    /** A valid access token of a live session; a token whose session has ended says so (401 session_revoked). */
    public AccessClaims validAccess(String bearer) {
        return switch (authenticate.accessToken(bearer)) {
            case TokenCheck.Valid<AccessClaims> valid -> valid.claims();
            case TokenCheck.Invalid<AccessClaims> invalid when invalid.reason() == TokenRefusal.SESSION_REVOKED ->
                    throw new ProblemException(Problem.of(401, SessionDenial.SESSION_REVOKED.code(), "The session of this token has ended."),
                            Map.of("WWW-Authenticate", INVALID_TOKEN));
            case TokenCheck.Invalid<AccessClaims> invalid -> throw invalidToken("A valid access token is required.");
        };
    }

    /**
     * The operator credential, compared as SHA-256 digests in constant time; the request is admitted (counted per
     * caller address, audited) whether it carries the credential or not, and a caller over the limit is refused first.
     */
    public void admin(Context ctx) {
        String header = ctx.header("Authorization");
        boolean valid = hasBearer(header) && MessageDigest.isEqual(Sha256.digest(tokenOf(header)), adminTokenSha256);
        String action = ctx.method().name() + " " + EdgeFilters.routeTemplate(ctx);
        switch (admitOperator.admit(new AdmitOperator.Command(RequestContext.client(ctx), action, valid))) {
            case AdmitOperator.Result.Admitted admitted -> {
            }
            case AdmitOperator.Result.Unauthenticated refused ->
                    throw invalidToken("The operator credential is required.");
            case AdmitOperator.Result.Limited limited -> throw new ProblemException(
                    Problem.of(429, ProblemCode.RATE_LIMITED, "Too many operator requests; try again later.")
                            .withLimit("admin_requests"),
                    Map.of("Retry-After", Long.toString(Reply.retrySeconds(limited.retryAfter()))));
        }
    }

    public String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (!hasBearer(header)) {
            throw invalidToken("A bearer credential is required.");
        }
        return tokenOf(header);
    }

    private static boolean hasBearer(String header) {
        if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = tokenOf(header);
        return !token.isEmpty() && token.length() <= 4096;
    }

    private static String tokenOf(String header) {
        return header.substring(7).trim();
    }

    /**
     * A token whose session is no longer live where money or credentials move: an ended session is no valid credential
     * (401, like an invalid token); a blocked user is known but may not act (403).
     */
    public static Reply notLive(SessionDenial denial) {
        return switch (denial) {
            case SESSION_REVOKED -> Reply.problem(Problem.of(401, denial.code(), "The session of this token has ended."),
                    Map.of("WWW-Authenticate", INVALID_TOKEN));
            case USER_BLOCKED -> Reply.problem(403, denial.code(), "This user may not act.");
        };
    }

    public static ProblemException invalidToken(String detail) {
        return new ProblemException(Problem.of(401, ProblemCode.INVALID_TOKEN, detail), Map.of("WWW-Authenticate", INVALID_TOKEN));
    }
}
