package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import java.util.Map;
import java.util.Optional;

/** Ends this session (the family of the presented access token) or all of the user's sessions. */
public final class LogoutService implements Logout {
    private final Transactions tx;
    private final Sessions sessions;
    private final SessionRevoker revoker;
    private final Auditor auditor;

    public LogoutService(Transactions tx, Sessions sessions, SessionRevoker revoker, Auditor auditor) {
        this.tx = tx;
        this.sessions = sessions;
        this.revoker = revoker;
        this.auditor = auditor;
    }

    @Override
    public Result logout(Command command) {
        return tx.inTransaction(() -> {
            int ended;
            if (command.everywhere()) {
                ended = revoker.revokeAll(command.user(), RevocationReason.LOGOUT);
            } else {
                Optional<RefreshFamily> mine = sessions.lock(command.session())
                        .filter(f -> f.facts().userId().equals(command.user()));
                ended = mine.isPresent() && revoker.revoke(mine.get(), RevocationReason.LOGOUT) ? 1 : 0;
            }
            auditor.record(AuditType.SESSION_REVOKED, command.user(), Map.of("reason", "logout", "sessions", Integer.toString(ended)));
            return new Result.LoggedOut(ended);
        });
    }
}
