package io.finguard.domain.port.in;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import java.util.Objects;

/** End this session, or every session of the user. */
public interface Logout {

    Result logout(Command command);

    /** The caller's user and session; {@code everywhere} ends all of the user's sessions. */
    record Command(UserId user, FamilyId session, boolean everywhere) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(session, "session");
        }
    }

    /** What the logout came to. */
    sealed interface Result {
        /** Done; {@code sessionsEnded} sessions were revoked. */
        record LoggedOut(int sessionsEnded) implements Result {
        }
    }
}
