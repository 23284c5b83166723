package io.finguard.application.session;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionPolicy;
import java.time.Instant;
import java.util.Optional;

/**
 * The one rule for "this user's live session with this id" when a session is ended by id (by its user or an operator):
 * it is theirs, active, and not past its idle or absolute end. Another user's session is answered like an unknown id.
 */
public final class OwnLiveSession {
    private OwnLiveSession() {
    }

    /** Locks the family named {@code id} (inside the caller's transaction) and returns it if it is the user's and live. */
    public static Optional<RefreshFamily.Active> lock(Sessions sessions, UserId user, FamilyId id, Instant now,
                                                      SessionPolicy policy) {
        return sessions.lock(id)
                .filter(family -> family.facts().userId().equals(user))
                .filter(RefreshFamily.Active.class::isInstance)
                .map(RefreshFamily.Active.class::cast)
                .filter(family -> !family.isExpiredAt(now, policy));
    }
}
