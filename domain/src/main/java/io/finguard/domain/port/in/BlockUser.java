package io.finguard.domain.port.in;

import io.finguard.domain.model.TextRule;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import java.util.Objects;

/** Operator: block a user (ending every session at once) or unblock them. */
public interface BlockUser {

    Result change(Command command);

    /** Why an operator blocks or unblocks: 1-200 characters of plain text, kept in the audit log. */
    TextRule REASON = new TextRule(1, 200);

    /** Block ({@code block} true) or unblock the user, with the operator's reason. */
    record Command(UserId user, boolean block, String reason) {
        public Command {
            Objects.requireNonNull(user, "user");
            REASON.require("reason", reason);
        }
    }

    /** What the change came to; the caller handles every variant. */
    sealed interface Result {
        /** The status changed; a block revoked {@code sessionsEnded} sessions, an unblock none. */
        record Changed(UserStatus status, int sessionsEnded) implements Result {
        }

        /** The user already had that status; nothing changed. */
        record Unchanged(UserStatus status) implements Result {
        }

        /** No such user. */
        record NotFound() implements Result {
        }
    }
}
