package io.finguard.application.operator;

import io.finguard.application.Auditor;
import io.finguard.application.session.OwnLiveSession;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.event.DomainEvent;
import io.finguard.domain.port.in.EndUserSessions;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Operator: ends one live session of a user, or all of them, at once and audited with the operator's reason. The user
 * row is locked first, as everywhere else that ends or starts a user's sessions.
 */
public final class EndUserSessionsService implements EndUserSessions {
    private final Transactions tx;
    private final Users users;
    private final Sessions sessions;
    private final SessionPolicy policy;
    private final Auditor auditor;
    private final Clock clock;

    public EndUserSessionsService(Transactions tx, Users users, Sessions sessions, SessionPolicy policy, Auditor auditor,
                                  Clock clock) {
        this.tx = tx;
        this.users = users;
        this.sessions = sessions;
        this.policy = policy;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result end(Command command) {
        return tx.inTransaction(() -> {
            if (users.lock(command.user()).isEmpty()) {
                return new Result.NotFound();
            }
            Instant now = clock.instant();
            List<RefreshFamily.Active> targets = command.session()
                    .map(id -> OwnLiveSession.lock(sessions, command.user(), id, now, policy).stream().toList())
                    .orElseGet(() -> sessions.lockActiveOf(command.user()));
            if (command.session().isPresent() && targets.isEmpty()) {
                return new Result.NotFound();
            }
            for (RefreshFamily.Active target : targets) {
                sessions.update(target.on(new FamilyEvent.Revoke(RevocationReason.OPERATOR, now)).state());
                auditor.publish(new DomainEvent.SessionRevoked(command.user(), now, target.id(), RevocationReason.OPERATOR));
            }
            Map<String, String> details = new HashMap<>(Map.of("cause", "operator", "reason", command.reason(),
                    "sessions", Integer.toString(targets.size())));
            command.session().ifPresent(id -> details.put("session", id.toString()));
            auditor.record(AuditType.SESSION_REVOKED, command.user(), details);
            return new Result.Ended(targets.size());
        });
    }
}
