package io.finguard.application.session;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.SessionSnapshots;
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
 * until this transaction ends. An answer that acts on nothing (introspection) applies the same rule to one snapshot
 * without locks ({@link #peek}): a lock taken only to answer would end with the answer.
 */
public final class LiveSession {
    private final Users users;
    private final Sessions sessions;
    private final SessionSnapshots snapshots;

    public LiveSession(Users users, Sessions sessions, SessionSnapshots snapshots) {
        this.users = users;
        this.sessions = sessions;
        this.snapshots = snapshots;
    }

    /** What the check found: the locked user and session, or why they may not go on. */
    public sealed interface Verdict {
        /** The user is active and the session live and theirs (both locked when {@link #check} found them). */
        record Live(User.Active user, RefreshFamily.Active session) implements Verdict {
        }

        /** Why the caller may not go on. */
        record Denied(SessionDenial reason) implements Verdict {
        }
    }

    /** Locks in the order user, then session, as block and credential change do (no deadlock between them). */
    public Verdict check(UserId user, FamilyId session) {
        Optional<User> found = users.lock(user);
        // The session is locked only for an active user: no lock is taken that the verdict does not need.
        return verdict(found, found.filter(User.Active.class::isInstance).flatMap(active -> sessions.lock(session)), user);
    }

    /** The same rule on one consistent read of the user and the session, locking nothing; needs no transaction. */
    public Verdict peek(UserId user, FamilyId session) {
        return snapshots.of(user, session)
                .map(snapshot -> verdict(Optional.of(snapshot.user()), snapshot.session(), user))
                .orElseGet(() -> verdict(Optional.empty(), Optional.empty(), user));
    }

    private static Verdict verdict(Optional<User> found, Optional<RefreshFamily> family, UserId user) {
        if (found.isEmpty()) {
            return new Verdict.Denied(SessionDenial.SESSION_REVOKED);
        }
        if (!(found.get() instanceof User.Active active)) {
            return new Verdict.Denied(SessionDenial.USER_BLOCKED);
        }
        if (family.isPresent() && family.get() instanceof RefreshFamily.Active live && live.facts().userId().equals(user)) {
            return new Verdict.Live(active, live);
        }
        return new Verdict.Denied(SessionDenial.SESSION_REVOKED);
    }
}
