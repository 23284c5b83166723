package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.event.DomainEvent;
import io.finguard.domain.port.in.EndSession;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A user ends one of their live sessions: its refresh family ends at once, and its access tokens stop moving money or
 * credentials at once ({@link LiveSession} checks the family there). The session asking must itself be live. Another
 * user's session is answered like an unknown id, so ids of other people's sessions cannot be probed.
 */
public final class EndSessionService implements EndSession {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Users users;
    private final Sessions sessions;
    private final SessionPolicy policy;
    private final Auditor auditor;
    private final Clock clock;

    public EndSessionService(Transactions tx, LiveSession liveSession, Users users, Sessions sessions, SessionPolicy policy,
                             Auditor auditor, Clock clock) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.users = users;
        this.sessions = sessions;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Two families are involved (the caller's and the target), so all of the user's are locked first, after the user
     * row and in the one order logout-all and the session cap use; locking the caller's and then the target would
     * deadlock against a logout-all that locked them the other way round.
     */
    @Override
    public Result end(Command command) {
        return tx.inTransaction(() -> {
            users.lock(command.user());
            sessions.lockActiveOf(command.user());
            return switch (liveSession.check(command.user(), command.caller())) {
                case LiveSession.Verdict.Denied denied -> new Result.SessionNotLive(denied.reason());
                case LiveSession.Verdict.Live live -> endOne(command);
            };
        });
    }

    private Result endOne(Command command) {
        Instant now = clock.instant();
        Optional<RefreshFamily.Active> target = OwnLiveSession.lock(sessions, command.user(), command.session(), now, policy);
        if (target.isEmpty()) {
            return new Result.NotFound();
        }
        sessions.update(target.get().on(new FamilyEvent.Revoke(RevocationReason.LOGOUT, now)).state());
        auditor.publish(new DomainEvent.SessionRevoked(command.user(), now, command.session(), RevocationReason.LOGOUT));
        boolean wasCaller = command.session().equals(command.caller());
        auditor.record(AuditType.SESSION_REVOKED, command.user(), Map.of("reason", wasCaller ? "logout" : "ended_by_user",
                "session", command.session().toString(), "sessions", "1"));
        return new Result.Ended(wasCaller);
    }
}
