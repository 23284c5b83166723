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

    record Command(PreUserId signup, boolean approve) {
        public Command {
            Objects.requireNonNull(signup, "signup");
        }
    }

    sealed interface Result {
        record Approved(UserId user) implements Result {
        }

        record Rejected() implements Result {
        }

        record InvalidState(PreUserStatus status) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
