package io.finguard.application.session;

import io.finguard.domain.token.TokenRefusal;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.FlowTicket;
import io.finguard.domain.token.TicketKind;
import io.finguard.domain.token.TokenCheck;
import io.finguard.domain.port.out.TokenIssuer;
import java.time.Clock;

/** Verifies bearer credentials for the edge; a ticket only where its kind belongs. */
public final class AuthenticateService implements Authenticate {
    private final TokenIssuer tokens;
    private final Clock clock;

    public AuthenticateService(TokenIssuer tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public TokenCheck<AccessClaims> accessToken(String bearer) {
        return tokens.verifyAccessToken(bearer, clock.instant());
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
