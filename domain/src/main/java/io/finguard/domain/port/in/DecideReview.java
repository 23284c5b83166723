package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.signup.PreUserStatus;
import java.util.List;
import java.util.Objects;

/** Operator: approve or reject a signup UNDER_REVIEW; list those waiting. */
public interface DecideReview {

    Result decide(Command command);

    List<SignupView> waiting(int limit);

    /** The signup under review and the operator's decision. */
    record Command(PreUserId signup, boolean approve) {
        public Command {
            Objects.requireNonNull(signup, "signup");
        }
    }

    /** What the decision came to; the caller handles every variant. */
    sealed interface Result {
        /** Approved: the signup became this user with a LIMITED account. */
        record Approved(UserId user) implements Result {
        }

        /** Rejected: the signup is closed. */
        record Rejected() implements Result {
        }

        /** The signup is not under review; its current status. */
        record InvalidState(PreUserStatus status) implements Result {
        }

        /** No such signup. */
        record NotFound() implements Result {
        }
    }
}
