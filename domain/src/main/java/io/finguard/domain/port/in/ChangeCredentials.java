package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** A signed-in user chooses a new password and/or PIN after a fresh step-up; every session ends at once. */
public interface ChangeCredentials {

    Result change(Command command);

    /** {@code caller} are the verified claims of the access token; at least one new secret is given; from this client. */
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

    /** What the change came to; the caller handles every variant. */
    sealed interface Result {
        /** Stored; the sessions that were live have ended, the caller's included. */
        record Changed(int sessionsEnded) implements Result {
        }

        /** A new secret fails its policy; nothing was changed. */
        record Weak(WeakSecret reason) implements Result {
        }

        /** The step-up is missing or older than the freshness window. */
        record StepUpRequired() implements Result {
        }

        /** Neither a password nor a PIN was given. */
        record NothingToChange() implements Result {
        }

        /** The token's user is blocked or its session has ended, though the token has not expired yet. */
        record SessionNotLive(SessionDenial reason) implements Result {
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
