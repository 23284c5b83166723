package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A signed-in user chooses a new password and/or PIN after a fresh step-up; every session ends at once. */
public interface ChangeCredentials {

    Result change(Command command);

    record Command(AccessClaims caller, Optional<String> newPassword, Optional<String> newPin, ClientAddress client) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(newPassword, "newPassword");
            Objects.requireNonNull(newPin, "newPin");
            Objects.requireNonNull(client, "client");
        }

        @Override
        public String toString() {
            return "ChangeCredentials.Command[" + caller.subject() + ", redacted]";
        }
    }

    sealed interface Result {
        /** Stored; the sessions that were live have ended, the caller's included. */
        record Changed(int sessionsEnded) implements Result {
        }

        record Weak(WeakSecret reason) implements Result {
        }

        /** The step-up is missing or older than the freshness window. */
        record StepUpRequired() implements Result {
        }

        /** Neither a password nor a PIN was given. */
        record NothingToChange() implements Result {
        }

        /** The user is blocked or unknown; stable code. */
        record Denied(String code) implements Result {
        }

        /** Too many requests that hash, from this user or this client network; nothing was changed. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
            public Throttled {
                Objects.requireNonNull(limit, "limit");
                Objects.requireNonNull(retryAfter, "retryAfter");
            }
        }
    }
}
