package io.finguard.domain.port.in;

import io.finguard.domain.model.AccountStatus;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.TextRule;
import io.finguard.domain.model.UserId;
import java.util.Objects;

/** Operator: freeze, unfreeze or close a user's account; closing also ends every session of the user. */
public interface ChangeAccountStatus {

    Result change(Command command);

    /** Why an operator changes an account: the same rule as for blocking a user, kept in the audit log. */
    TextRule REASON = BlockUser.REASON;

    /** What the operator does to the account. */
    enum Change {
        FREEZE,
        UNFREEZE,
        CLOSE
    }

    /** Apply {@code change} to the account of {@code user}, with the operator's reason. */
    record Command(UserId user, Change change, String reason) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(change, "change");
            REASON.require("reason", reason);
        }
    }

    /** What the change came to; the caller handles every variant. */
    sealed interface Result {
        /** The account has the new status; closing ended {@code sessionsEnded} sessions, the others none. */
        record Changed(AccountStatus status, int sessionsEnded) implements Result {
        }

        /** The account's state does not allow it (e.g. unfreezing an active account, anything on a closed one). */
        record Refused(AccountStatus current, Rejection reason) implements Result {
        }

        /** No such user or account. */
        record NotFound() implements Result {
        }
    }
}
