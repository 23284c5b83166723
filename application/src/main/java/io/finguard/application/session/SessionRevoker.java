package io.finguard.application.session;

import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RevocationReason;
import java.time.Clock;

/** Ends every live session of a user at once (block, credential change), inside the caller's transaction. */
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
}
