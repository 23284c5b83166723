package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.signup.Profile;
import java.util.Objects;

/** S3: legal name, birth date and address. A PIN derived from the birth date is refused here. */
public interface CompleteProfile {

    Result complete(Command command);

    /** The signup and the profile entered for it. */
    record Command(PreUserId signup, Profile profile) {
        public Command {
            Objects.requireNonNull(signup, "signup");
            Objects.requireNonNull(profile, "profile");
        }
    }

    /** What completing the profile came to; the caller handles every variant. */
    sealed interface Result {
        /** Stored; the signup can be submitted. */
        record Saved(SignupView signup) implements Result {
        }

        /** The PIN chosen in S2 is derived from this birth date: choose credentials again. */
        record WeakPin(WeakSecret reason) implements Result {
        }

        /** Out of order (or expired): the current state is in the answer. */
        record InvalidState(SignupView signup) implements Result {
        }

        /** No such signup. */
        record NotFound() implements Result {
        }
    }
}
