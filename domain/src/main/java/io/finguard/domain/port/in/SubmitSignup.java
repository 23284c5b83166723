package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.PreUserId;
import java.util.Objects;
import java.util.Optional;

/** S4+S5: the risk gate; approval converts the signup into a user and LIMITED account and logs in. */
public interface SubmitSignup {

    Result submit(Command command);

    /**
     * The completed signup, and the client, device (if the client named one) and DPoP key (if it proved one) submitting
     * it: they become the first session's, bound to that key.
     */
    record Command(PreUserId signup, ClientAddress client, Optional<DeviceId> device, Optional<KeyThumbprint> key) {

        /** Without a DPoP proof. */
        public Command(PreUserId signup, ClientAddress client, Optional<DeviceId> device) {
            this(signup, client, device, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(signup, "signup");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(device, "device");
        }
    }

    /** What the risk gate decided; the caller handles every variant. */
    sealed interface Result {
        /** Approved: a user and LIMITED account exist, and this is their first session. */
        record Approved(LoginResult.Authenticated login) implements Result {
        }

        /** Sent to an operator; the signup waits in UNDER_REVIEW. */
        record UnderReview(SignupView signup) implements Result {
        }

        /** Rejected by the risk gate (an under-age applicant, say); the signup is closed. */
        record Rejected(SignupView signup) implements Result {
        }

        /** Out of order (or expired): the current state is in the answer. */
        record InvalidState(SignupView signup) implements Result {
        }

        /** No such signup. */
        record NotFound() implements Result {
        }
    }
}
