package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.WeakSecret;
import java.time.Duration;
import java.util.Objects;

/** S2: choose password and PIN; both pass their policies and are stored hashed. */
public interface SetCredentials {

    Result set(Command command);

    /** The signup, the password and PIN chosen for it, and the client sending them. */
    record Command(PreUserId signup, String password, String pin, ClientAddress client) {
        public Command {
            Objects.requireNonNull(signup, "signup");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(pin, "pin");
            Objects.requireNonNull(client, "client");
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

        /** Too many requests that hash, for this signup or from this client network; nothing was stored. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
            public Throttled {
                Objects.requireNonNull(limit, "limit");
                Objects.requireNonNull(retryAfter, "retryAfter");
            }
        }
    }
}
