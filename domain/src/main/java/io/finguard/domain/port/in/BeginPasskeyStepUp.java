package io.finguard.domain.port.in;

import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.CredentialId;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The options of {@code navigator.credentials.get()} for a step-up by passkey; holds a single-use challenge. */
public interface BeginPasskeyStepUp {

    Result begin(Command command);

    /** Who steps up: a step-up ticket's holder or a live session's. */
    record Command(StepUp.Subject subject) {
        public Command {
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** What beginning came to. */
    sealed interface Result {
        /** Sign {@code challenge} within {@code timeout} with one of {@code allow}. */
        record Options(Challenge challenge, List<CredentialId> allow, Duration timeout) implements Result {
            public Options {
                Objects.requireNonNull(challenge, "challenge");
                allow = List.copyOf(allow);
                Objects.requireNonNull(timeout, "timeout");
            }
        }

        /** The user has registered no passkey: step up with PIN or password. */
        record NoPasskeys() implements Result {
        }

        /** The user may not step up. */
        record Denied(StepUp.Denial reason) implements Result {
            public Denied {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
