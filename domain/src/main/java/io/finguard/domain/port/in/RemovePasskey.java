package io.finguard.domain.port.in;

import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.util.Objects;

/** Deletes one of the caller's passkeys, after a fresh step-up. */
public interface RemovePasskey {

    Result remove(Command command);

    /** The caller and the passkey to delete. */
    record Command(AccessClaims caller, PasskeyId passkey) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(passkey, "passkey");
        }
    }

    /** What removing came to. */
    sealed interface Result {
        /** Deleted. */
        record Removed() implements Result {
        }

        /** The caller has no passkey with this id. */
        record NotFound() implements Result {
        }

        /** The session's second factor is not fresh. */
        record StepUpRequired() implements Result {
        }

        /** The session or its user may not continue. */
        record SessionNotLive(SessionDenial reason) implements Result {
        }
    }
}
