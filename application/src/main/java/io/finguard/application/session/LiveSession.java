package io.finguard.application.session;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.user.User;
import java.util.Optional;

/**
 * The one rule before money or credentials move on the strength of an access token: inside the caller's transaction
 * the token's user is locked and must be ACTIVE, and the session its {@code sid} names is locked and must be live and
 * theirs. Block, logout and credential change lock the same rows, so they either come first and are seen, or wait
 * until this transaction ends.
 */
public final class LiveSession {
    private final Users users;
    private final Sessions sessions;

    public LiveSession(Users users, Sessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    /** What the check found: the locked user and session, or why they may not go on. */
    public sealed interface Verdict {
        /** The user is active and the session live and theirs, both locked. */
        record Live(User.Active user, RefreshFamily.Active session) implements Verdict {
        }

        /** Why the caller may not go on. */
        record Denied(SessionDenial reason) implements Verdict {
        }
    }

    /** Locks in the order user, then session, as block and credential change do (no deadlock between them). */
    public Verdict check(UserId user, FamilyId session) {
        Optional<User> found = users.lock(user);
        if (found.isEmpty()) {
            return new Verdict.Denied(SessionDenial.SESSION_REVOKED);
        }
        if (!(found.get() instanceof User.Active active)) {
            return new Verdict.Denied(SessionDenial.USER_BLOCKED);
        }
        Optional<RefreshFamily> family = sessions.lock(session);
        if (family.isPresent() && family.get() instanceof RefreshFamily.Active live && live.facts().userId().equals(user)) {
            return new Verdict.Live(active, live);
        }
        return new Verdict.Denied(SessionDenial.SESSION_REVOKED);
    }
}
