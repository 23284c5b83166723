package io.finguard.application.session;

import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RevocationReason;
import java.time.Clock;

/**
 * Ends sessions inside the caller's transaction: every live session of a user at once (block, credential change), or one
 * locked session (OAuth revocation).
 */
public final class SessionRevoker {
    private final Sessions sessions;
    private final Clock clock;

    public SessionRevoker(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public int revokeAll(UserId user, RevocationReason reason) {
        var live = sessions.lockActiveOf(user);
        live.forEach(f -> sessions.update(f.on(new FamilyEvent.Revoke(reason, clock.instant())).state()));
        return live.size();
    }

    /** Ends one session the caller has locked. */
    public void revoke(RefreshFamily.Active session, RevocationReason reason) {
        sessions.update(session.on(new FamilyEvent.Revoke(reason, clock.instant())).state());
    }
}
