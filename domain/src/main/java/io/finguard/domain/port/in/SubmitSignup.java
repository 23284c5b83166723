package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.PreUserId;
import java.util.Objects;
import java.util.Optional;

/** S4+S5: the risk gate; approval converts the signup into a user and LIMITED account and logs in. */
public interface SubmitSignup {

    Result submit(Command command);

    record Command(PreUserId signup, ClientAddress client, Optional<DeviceId> device) {
        public Command {
            Objects.requireNonNull(signup, "signup");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(device, "device");
        }
    }

    sealed interface Result {
        record Approved(LoginResult.Authenticated login) implements Result {
        }

        record UnderReview(SignupView signup) implements Result {
        }

        record Rejected(SignupView signup) implements Result {
        }

        record InvalidState(SignupView signup) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
