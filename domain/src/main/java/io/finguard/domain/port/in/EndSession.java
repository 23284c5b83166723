package io.finguard.domain.port.in;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.session.SessionDenial;
import java.util.Objects;

/** A user ends one of their own live sessions; ending the session asking is a logout. */
public interface EndSession {

    Result end(Command command);

    /** The user, the session asking ({@code caller}, which must be live), and the session to end. */
    record Command(UserId user, FamilyId caller, FamilyId session) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(session, "session");
        }
    }

    /** What ending came to; the caller handles every variant. */
    sealed interface Result {
        /** The session ended at once; {@code wasCaller} when it was the session asking (a logout). */
        record Ended(boolean wasCaller) implements Result {
        }

        /** No live session of this user has that id: unknown, ended, or another user's, answered alike. */
        record NotFound() implements Result {
        }

        /** The session asking has ended or its user is blocked: it may end nothing. */
        record SessionNotLive(SessionDenial reason) implements Result {
            public SessionNotLive {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
