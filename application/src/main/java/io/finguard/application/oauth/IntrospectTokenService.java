package io.finguard.application.oauth;

import io.finguard.application.session.LiveSession;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.port.in.IntrospectToken;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.TokenCheck;

/**
 * Decides liveness exactly as the routes do: the token through {@link Authenticate}, then its user and session through
 * {@link LiveSession}, so a session ended by logout, block, credential change or revocation reads inactive at once. The
 * answer changes nothing, so it reads one snapshot ({@link LiveSession#peek}) instead of locking rows in a transaction.
 */
public final class IntrospectTokenService implements IntrospectToken {
    private final Authenticate authenticate;
    private final LiveSession liveSession;

    public IntrospectTokenService(Authenticate authenticate, LiveSession liveSession) {
        this.authenticate = authenticate;
        this.liveSession = liveSession;
    }

    @Override
    public Result introspect(String token) {
        return switch (authenticate.accessToken(token)) {
            case TokenCheck.Invalid<AccessClaims> invalid -> new Result.Inactive();
            case TokenCheck.Valid<AccessClaims> valid -> switch (liveSession.peek(valid.claims().subject(), valid.claims().session())) {
                case LiveSession.Verdict.Live live -> new Result.Active(valid.claims());
                case LiveSession.Verdict.Denied denied -> new Result.Inactive();
            };
        };
    }
}
