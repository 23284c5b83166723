package io.finguard.domain.port.in;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.WeakSecret;
import java.util.Objects;

/** S2: choose password and PIN; both pass their policies and are stored hashed. */
public interface SetCredentials {

    Result set(Command command);

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

    sealed interface Result {
        record Saved(SignupView signup) implements Result {
        }

        record Weak(WeakSecret reason) implements Result {
        }

        /** Out of order (or expired): the current state is in the answer. */
        record InvalidState(SignupView signup) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
