package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.Limit;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Prove a second factor (PIN or password): finishes a login, or raises an existing session to AAL2. */
public interface StepUp {

    Result stepUp(Command command);

    /**
     * Who is stepping up: the holder of a step-up ticket on a device (if one was named), or of an access token of a
     * live session, whose new session keeps the device of the one it replaces.
     */
    sealed interface Subject {
        UserId user();

        /**
         * The holder of a step-up ticket from a login that asked for a second factor, with the login's device and
         * session name if any.
         */
        record ViaTicket(UserId user, Optional<DeviceId> device, Optional<SessionName> sessionName) implements Subject {
            public ViaTicket {
                Objects.requireNonNull(user, "user");
                Objects.requireNonNull(device, "device");
                Objects.requireNonNull(sessionName, "sessionName");
            }

            /** A ticket holder whose login gave no session name. */
            public ViaTicket(UserId user, Optional<DeviceId> device) {
                this(user, device, Optional.empty());
            }
        }

        /** The holder of an access token of a live session, raising that session to AAL2. */
        record ViaSession(UserId user, FamilyId session) implements Subject {
        }
    }

    /**
     * The second factor presented: a PIN or a password (never SMS), from this client, with the DPoP key it proved it
     * holds (none without a proof). A step-up by a key makes it a known device of the user and binds the new session.
     */
    record Command(Subject subject, AuthMethod method, String secret, ClientAddress client, Optional<KeyThumbprint> key) {

        /** Without a DPoP proof. */
        public Command(Subject subject, AuthMethod method, String secret, ClientAddress client) {
            this(subject, method, secret, client, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(client, "client");
            if (method != AuthMethod.PIN && method != AuthMethod.PASSWORD) {
                throw new IllegalArgumentException("step-up with a secret is by PIN or password");
            }
        }

        @Override
        public String toString() {
            return "StepUp.Command[" + subject + ", " + method + ", redacted, key " + key + "]";
        }
    }

    /** Why the user, account or session may not continue, or why this factor is not enough. */
    enum Denial implements CodedRefusal {
        USER_UNKNOWN(RefusalCode.USER_UNKNOWN),
        USER_BLOCKED(RefusalCode.USER_BLOCKED),
        SESSION_REVOKED(RefusalCode.SESSION_REVOKED),
        ACCOUNT_MISSING(RefusalCode.ACCOUNT_MISSING),
        /** A PIN was offered where only the password will do (dormant account, SIM swap, or no answer about one). */
        PASSWORD_REQUIRED(RefusalCode.PASSWORD_REQUIRED);

        private final RefusalCode refusal;

        Denial(RefusalCode refusal) {
            this.refusal = refusal;
        }

        @Override
        public RefusalCode refusal() {
            return refusal;
        }
    }

    /** What the step-up came to; the caller handles every variant. */
    sealed interface Result {
        /** The secret matched: the login is finished (or the session raised) with AAL2 tokens. */
        record SteppedUp(LoginResult.Authenticated login) implements Result {
        }

        /** The secret did not match; the failure was counted toward the lock. */
        record WrongSecret() implements Result {
        }

        /** Too many wrong secrets: step-up is locked until {@code retryAfter} has passed. */
        record Locked(Duration retryAfter) implements Result {
        }

        /** Too many requests that hash, from this user or this client network; nothing was evaluated. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
            public Throttled {
                Objects.requireNonNull(limit, "limit");
                Objects.requireNonNull(retryAfter, "retryAfter");
            }
        }

        /** The user, account or session may not continue (unknown, blocked, revoked, no account), for {@code reason}. */
        record Denied(Denial reason) implements Result {
            public Denied {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
