package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.signup.Profile;
import java.time.Duration;
import java.util.Objects;

/** S3: legal name, birth date and address. A PIN derived from the birth date is refused here. */
public interface CompleteProfile {

    Result complete(Command command);

    /** The signup, the profile entered for it, and the client sending it. */
    record Command(PreUserId signup, Profile profile, ClientAddress client) {
        public Command {
            Objects.requireNonNull(signup, "signup");
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(client, "client");
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

        /** Too many credential steps for this signup or from this client network; nothing was stored. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
            public Throttled {
                Objects.requireNonNull(limit, "limit");
                Objects.requireNonNull(retryAfter, "retryAfter");
            }
        }
    }
}
