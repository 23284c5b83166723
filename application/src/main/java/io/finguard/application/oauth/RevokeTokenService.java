package io.finguard.application.oauth;

import io.finguard.application.Auditor;
import io.finguard.application.session.SessionRevoker;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.in.Authenticate;
import io.finguard.domain.port.in.RevokeToken;
import io.finguard.domain.port.out.RefreshTokens;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.token.TokenCheck;
import java.util.Map;
import java.util.Optional;

/**
 * Ends the session a presented token belongs to, through {@link SessionRevoker}: a refresh token names its family by
 * digest (so the whole family ends), an access token by its {@code sid}. Recorded as a logout: the holder asked for it.
 */
public final class RevokeTokenService implements RevokeToken {
    private final Transactions tx;
    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final Authenticate authenticate;
    private final SessionRevoker revoker;
    private final Auditor auditor;

    public RevokeTokenService(Transactions tx, Sessions sessions, RefreshTokens refreshTokens, Authenticate authenticate,
                              SessionRevoker revoker, Auditor auditor) {
        this.tx = tx;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.authenticate = authenticate;
        this.revoker = revoker;
        this.auditor = auditor;
    }

    @Override
    public Result revoke(String token) {
        // The token type hint may be ignored (RFC 7009 section 2.1): a refresh token is looked up first, it is cheap.
        Optional<AccessClaims> access = switch (authenticate.accessToken(token)) {
            case TokenCheck.Valid<AccessClaims> valid -> Optional.of(valid.claims());
            case TokenCheck.Invalid<AccessClaims> invalid -> Optional.empty();
        };
        return tx.inTransaction(() -> {
            Optional<RefreshFamily> family = access.isPresent()
                    ? sessions.lock(access.get().session()).filter(f -> f.facts().userId().equals(access.get().subject()))
                    : sessions.lockByToken(refreshTokens.digestOf(token));
            if (family.isEmpty() || !(family.get() instanceof RefreshFamily.Active live)) {
                return new Result.NothingToRevoke();
            }
            revoker.revoke(live, RevocationReason.LOGOUT);
            auditor.record(AuditType.SESSION_REVOKED, live.facts().userId(),
                    Map.of("reason", "oauth_revocation", "sessions", "1"));
            return new Result.Revoked();
        });
    }
}
