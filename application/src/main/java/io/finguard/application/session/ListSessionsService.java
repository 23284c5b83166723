package io.finguard.application.session;

import io.finguard.domain.port.in.ListSessions;
import io.finguard.domain.port.in.SessionView;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The user's live sessions, most recently used first: a family past its idle or absolute end is no longer live and is
 * not shown. Reads only: listing locks nothing and writes nothing.
 */
public final class ListSessionsService implements ListSessions {
    private final Transactions tx;
    private final Users users;
    private final Sessions sessions;
    private final SessionPolicy policy;
    private final Clock clock;

    public ListSessionsService(Transactions tx, Users users, Sessions sessions, SessionPolicy policy, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public Result list(Command command) {
        return tx.inTransaction(() -> {
            if (users.find(command.user()).isEmpty()) {
                return new Result.UserNotFound();
            }
            Instant now = clock.instant();
            List<SessionView> live = sessions.activeOf(command.user()).stream()
                    .filter(f -> !f.isExpiredAt(now, policy))
                    .sorted(Comparator.comparing(RefreshFamily.Active::lastUsedAt).reversed())
                    .map(f -> SessionViews.of(f, command.caller()))
                    .toList();
            return new Result.Listed(live);
        });
    }
}
