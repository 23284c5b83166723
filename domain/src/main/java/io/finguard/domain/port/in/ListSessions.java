package io.finguard.domain.port.in;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The live sessions of a user, for the user themselves or for an operator. */
public interface ListSessions {

    Result list(Command command);

    /** Whose sessions; {@code caller} is the session asking (marked current), empty when an operator asks. */
    record Command(UserId user, Optional<FamilyId> caller) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(caller, "caller");
        }
    }

    /** What the listing came to; the caller handles every variant. */
    sealed interface Result {
        /** The user's live sessions, most recently used first. */
        record Listed(List<SessionView> sessions) implements Result {
            public Listed {
                sessions = List.copyOf(sessions);
            }
        }

        /** No such user. */
        record UserNotFound() implements Result {
        }
    }
}
