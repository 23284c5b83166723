package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.WeakSecret;
import java.util.Objects;

/** S2: choose password and PIN; both pass their policies and are stored hashed. */
public interface SetCredentials {

    Result set(Command command);

    /** The signup and the password and PIN chosen for it. */
    record Command(PreUserId signup, String password, String pin) {
        public Command {
            Objects.requireNonNull(signup, "signup");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(pin, "pin");
        }

        @Override
        public String toString() {
            return "SetCredentials.Command[" + signup + ", redacted]";
        }
    }

    /** What choosing credentials came to; the caller handles every variant. */
    sealed interface Result {
        /** Both secrets stored hashed; the signup moved on to the profile. */
        record Saved(SignupView signup) implements Result {
        }

        /** A secret fails its policy; nothing was stored. */
        record Weak(WeakSecret reason) implements Result {
        }

        /** Out of order (or expired): the current state is in the answer. */
        record InvalidState(SignupView signup) implements Result {
        }

        /** No such signup. */
        record NotFound() implements Result {
        }
    }
}
