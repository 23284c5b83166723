package io.finguard.domain.port.in;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.Limit;
import java.time.Duration;
import java.util.Objects;

/** Prove a second factor (PIN or password): finishes a login, or raises an existing session to AAL2. */
public interface StepUp {

    Result stepUp(Command command);

    /** Who is stepping up: the holder of a step-up ticket, or of an access token of a live session. */
    sealed interface Subject {
        UserId user();

        record ViaTicket(UserId user) implements Subject {
        }

        record ViaSession(UserId user, FamilyId session) implements Subject {
        }
    }

    record Command(Subject subject, AuthMethod method, String secret, ClientAddress client, DeviceId device) {
        public Command {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(device, "device");
            if (method == AuthMethod.SMS) {
                throw new IllegalArgumentException("step-up is by PIN or password");
            }
        }

        @Override
        public String toString() {
            return "StepUp.Command[" + subject + ", " + method + ", redacted]";
        }
    }

    sealed interface Result {
        record SteppedUp(LoginResult.Authenticated login) implements Result {
        }

        record WrongSecret() implements Result {
        }

        record Locked(Duration retryAfter) implements Result {
        }

        /** Too many requests that hash, from this user or this client network; nothing was evaluated. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
            public Throttled {
                Objects.requireNonNull(limit, "limit");
                Objects.requireNonNull(retryAfter, "retryAfter");
            }
        }

        /** The user, account or session may not continue (blocked, closed, revoked); stable code. */
        record Denied(String code) implements Result {
        }
    }
}
