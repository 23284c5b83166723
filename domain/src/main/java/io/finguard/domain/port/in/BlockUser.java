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

    record Command(UserId user, boolean block, String reason) {
        public Command {
            Objects.requireNonNull(user, "user");
            REASON.require("reason", reason);
        }
    }

    sealed interface Result {
        record Changed(UserStatus status, int sessionsEnded) implements Result {
        }

        record Unchanged(UserStatus status) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
