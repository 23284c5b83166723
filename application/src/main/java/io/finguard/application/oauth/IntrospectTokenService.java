package io.finguard.application.oauth;

import io.finguard.application.session.LiveSession;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.port.in.IntrospectToken;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.TokenCheck;

/**
 * Decides liveness exactly as the routes do: the token through {@link Authenticate}, then its user and session through
 * {@link LiveSession}, so a session ended by logout, block, credential change or revocation reads inactive at once.
 */
public final class IntrospectTokenService implements IntrospectToken {
    private final Authenticate authenticate;
    private final Transactions tx;
    private final LiveSession liveSession;

    public IntrospectTokenService(Authenticate authenticate, Transactions tx, LiveSession liveSession) {
        this.authenticate = authenticate;
        this.tx = tx;
        this.liveSession = liveSession;
    }

    @Override
    public Result introspect(String token) {
        return switch (authenticate.accessToken(token)) {
            case TokenCheck.Invalid<AccessClaims> invalid -> new Result.Inactive();
            case TokenCheck.Valid<AccessClaims> valid -> tx.inTransaction(() ->
                    switch (liveSession.check(valid.claims().subject(), valid.claims().session())) {
                        case LiveSession.Verdict.Live live -> new Result.Active(valid.claims());
                        case LiveSession.Verdict.Denied denied -> new Result.Inactive();
                    });
        };
    }
}
