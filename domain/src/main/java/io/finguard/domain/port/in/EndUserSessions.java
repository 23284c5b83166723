package io.finguard.domain.port.in;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.TextRule;
import io.finguard.domain.model.UserId;
import java.util.Objects;
import java.util.Optional;

/** Operator: end one live session of a user, or all of them, with a reason kept in the audit log. */
public interface EndUserSessions {

    Result end(Command command);

    /** Why an operator ends sessions: 1-200 characters of plain text, kept in the audit log. */
    TextRule REASON = new TextRule(1, 200);

    /** The user, the one session to end (empty: every live one), and the operator's reason. */
    record Command(UserId user, Optional<FamilyId> session, String reason) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(session, "session");
            REASON.require("reason", reason);
        }
    }

    /** What ending came to; the caller handles every variant. */
    sealed interface Result {
        /** {@code sessionsEnded} live sessions ended at once (zero when the user had none). */
        record Ended(int sessionsEnded) implements Result {
        }

        /** No such user, or (for one session) no live session of this user has that id. */
        record NotFound() implements Result {
        }
    }
}
