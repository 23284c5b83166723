package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.signup.Profile;
import java.util.Objects;

/** S3: legal name, birth date and address. A PIN derived from the birth date is refused here. */
public interface CompleteProfile {

    Result complete(Command command);

    record Command(PreUserId signup, Profile profile) {
        public Command {
            Objects.requireNonNull(signup, "signup");
            Objects.requireNonNull(profile, "profile");
        }
    }

    sealed interface Result {
        record Saved(SignupView signup) implements Result {
        }

        /** The PIN chosen in S2 is derived from this birth date: choose credentials again. */
        record WeakPin(WeakSecret reason) implements Result {
        }

        record InvalidState(SignupView signup) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
