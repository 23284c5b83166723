package io.finguard.application.session;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.port.out.RevokedSessions;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.TokenIssuer;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.token.TokenRefusal;
import java.time.Clock;

/**
 * Verifies bearer credentials for the edge; a ticket only where its kind belongs. An access token whose session has
 * ended is refused on every route: this instance either heard the end announced ({@link RevokedSessions}), or, while
 * it cannot be sure it would have heard (the channel is down), it asks the database for every token (fail closed).
 * Signatures come from {@link VerifiedAccessTokens}; liveness is asked afresh on every request, never cached.
 */
public final class AuthenticateService implements Authenticate {
    private final TokenIssuer tokens;
    private final VerifiedAccessTokens verified;
    private final RevokedSessions revoked;
    private final Transactions tx;
    private final Sessions sessions;
    private final Clock clock;

    public AuthenticateService(TokenIssuer tokens, VerifiedAccessTokens verified, RevokedSessions revoked, Transactions tx,
                               Sessions sessions, Clock clock) {
        this.tokens = tokens;
        this.verified = verified;
        this.revoked = revoked;
        this.tx = tx;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public TokenCheck<AccessClaims> accessToken(String bearer) {
        return switch (verified.verify(bearer)) {
            case TokenCheck.Invalid<AccessClaims> invalid -> invalid;
            case TokenCheck.Valid<AccessClaims> valid -> {
                if (live(valid.claims())) {
                    yield valid;
                }
                verified.forget(bearer);
                yield new TokenCheck.Invalid<>(TokenRefusal.SESSION_REVOKED);
            }
        };
    }

    private boolean live(AccessClaims claims) {
        return switch (revoked.heard(claims.session())) {
            case REVOKED -> false;
            case NOT_REVOKED -> true;
            case UNSURE -> tx.inTransaction(() -> sessions.lock(claims.session())
                    .filter(family -> family instanceof RefreshFamily.Active)
                    .filter(family -> family.facts().userId().equals(claims.subject()))
                    .isPresent());
        };
    }

    @Override
    public TokenCheck<PreUserId> signupTicket(String bearer) {
        return switch (tokens.verifyTicket(bearer, TicketKind.SIGNUP, clock.instant())) {
            case TokenCheck.Invalid<FlowTicket> invalid -> new TokenCheck.Invalid<>(invalid.reason());
            case TokenCheck.Valid<FlowTicket> valid -> {
                try {
                    yield new TokenCheck.Valid<>(PreUserId.parse(valid.claims().subject()));
                } catch (IllegalArgumentException e) {
                    yield new TokenCheck.Invalid<>(TokenRefusal.BAD_CLAIMS);
                }
            }
        };
    }

    @Override
    public TokenCheck<FlowTicket> stepUpTicket(String bearer) {
        return tokens.verifyTicket(bearer, TicketKind.STEP_UP, clock.instant());
    }

    @Override
    public TokenCheck<FlowTicket> releaseTicket(String bearer) {
        return tokens.verifyTicket(bearer, TicketKind.RELEASE_NUMBER, clock.instant());
    }

    @Override
    public String publicKeys() {
        return tokens.publicKeysJson();
    }
}
