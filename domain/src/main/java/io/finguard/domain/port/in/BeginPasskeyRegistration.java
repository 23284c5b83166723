package io.finguard.domain.port.in;

import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The options of {@code navigator.credentials.create()} for a new passkey, after a fresh step-up; holds the challenge. */
public interface BeginPasskeyRegistration {

    Result begin(Command command);

    /** The caller, by a live session's access token. */
    record Command(AccessClaims caller) {
        public Command {
            Objects.requireNonNull(caller, "caller");
        }
    }

    /** What beginning came to. */
    sealed interface Result {
        /** Sign {@code challenge} within {@code timeout} as {@code user}; the credentials in {@code exclude} exist already. */
        record Options(Challenge challenge, UserId user, List<CredentialId> exclude, Duration timeout) implements Result {
            public Options {
                Objects.requireNonNull(challenge, "challenge");
                Objects.requireNonNull(user, "user");
                exclude = List.copyOf(exclude);
                Objects.requireNonNull(timeout, "timeout");
            }
        }

        /** The session's second factor is not fresh (AAL2 within the freshness window). */
        record StepUpRequired() implements Result {
        }

        /** The session or its user may not continue. */
        record SessionNotLive(SessionDenial reason) implements Result {
        }

        /** The user may add no more passkeys ({@link PasskeyRefusal#LIMIT_REACHED}). */
        record Refused(PasskeyRefusal reason) implements Result {
        }
    }
}
