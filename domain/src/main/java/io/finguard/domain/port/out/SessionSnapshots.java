package io.finguard.domain.port.out;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.user.User;
import java.util.Objects;
import java.util.Optional;

/**
 * A user and one of their sessions read together as one consistent snapshot, without locks: what a read-only liveness
 * answer (token introspection) needs, where a lock would end with the answer and guard nothing. The caller needs no
 * transaction (on PostgreSQL it is one statement, one round trip); called inside one, it takes part in it.
 */
public interface SessionSnapshots {

    /** The user with the session if it exists and is theirs; empty when there is no such user. */
    Optional<Snapshot> of(UserId user, FamilyId session);

    /** A user and, when it exists and belongs to them, the session (in whatever state it is). */
    record Snapshot(User user, Optional<RefreshFamily> session) {
        public Snapshot {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(session, "session");
            if (session.isPresent() && !session.get().facts().userId().equals(user.id())) {
                throw new IllegalArgumentException("the session belongs to another user");
            }
        }
    }
}
