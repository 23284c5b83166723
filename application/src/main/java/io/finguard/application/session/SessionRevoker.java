package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.domain.event.DomainEvent;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.RevokedSessions;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import java.time.Clock;
import java.util.List;

/**
 * The one way a session ends (logout, block, account close, credential change, replacement by a step-up, token reuse):
 * inside the caller's transaction the family is revoked and its end announced through {@link RevokedSessions}, so its
 * access tokens are refused on every instance once the transaction commits, not only when they expire; and a
 * {@code session.revoked} event is published for each, in that transaction too. (Ending one session from the session
 * list or the operator API keeps its access tokens readable until they expire: those services end it themselves
 * and publish the same event.)
 */
public final class SessionRevoker {
    private final Sessions sessions;
    private final RevokedSessions revoked;
    private final Auditor auditor;
    private final Clock clock;

    public SessionRevoker(Sessions sessions, RevokedSessions revoked, Auditor auditor, Clock clock) {
        this.sessions = sessions;
        this.revoked = revoked;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Ends every live session of the user; returns how many there were. */
    public int revokeAll(UserId user, RevocationReason reason) {
        List<RefreshFamily.Active> live = sessions.lockActiveOf(user);
        List<RefreshFamily> ended = live.stream().<RefreshFamily>map(f -> f.on(new FamilyEvent.Revoke(reason, clock.instant())).state()).toList();
        ended.forEach(sessions::update);
        announce(ended);
        return live.size();
    }

    /** Ends this (locked) session if it is live; returns whether it was. */
    public boolean revoke(RefreshFamily family, RevocationReason reason) {
        if (!(family instanceof RefreshFamily.Active)) {
            return false;
        }
        RefreshFamily ended = family.on(new FamilyEvent.Revoke(reason, clock.instant())).state();
        sessions.update(ended);
        announce(List.of(ended));
        return true;
    }

    /**
     * Writes a family's next state as a transition of the domain made it (a rotation, or the revocation a reused token
     * triggers); a state that ended the session is announced like any other end.
     */
    public void update(RefreshFamily next) {
        sessions.update(next);
        if (next instanceof RefreshFamily.Revoked) {
            announce(List.of(next));
        }
    }

    private void announce(List<RefreshFamily> ended) {
        if (!ended.isEmpty()) {
            revoked.announce(ended.stream().map(RefreshFamily::id).toList());
        }
        for (RefreshFamily family : ended) {
            if (family instanceof RefreshFamily.Revoked gone) {
                auditor.publish(new DomainEvent.SessionRevoked(gone.facts().userId(), gone.revokedAt(), gone.id(), gone.reason()));
            }
        }
    }
}
