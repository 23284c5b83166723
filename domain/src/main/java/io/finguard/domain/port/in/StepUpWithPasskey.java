package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyRefusal;
import java.util.Objects;

/**
 * A passkey assertion over the challenge of {@link BeginPasskeyStepUp} as the second factor: finishes a login or raises
 * a session to AAL2 like {@link StepUp}, with {@code amr} {@code ["sms", "pop"]}.
 */
public interface StepUpWithPasskey {

    Result stepUp(Command command);

    /** Who steps up, the browser's assertion, and from where. */
    record Command(StepUp.Subject subject, PasskeyAssertion assertion, ClientAddress client) {
        public Command {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(assertion, "assertion");
            Objects.requireNonNull(client, "client");
        }
    }

    /** What the step-up came to. */
    sealed interface Result {
        /** The assertion was valid: AAL2 tokens. */
        record SteppedUp(LoginResult.Authenticated login) implements Result {
            public SteppedUp {
                Objects.requireNonNull(login, "login");
            }
        }

        /** The assertion was refused for {@code reason}; the challenge is spent either way. */
        record Refused(PasskeyRefusal reason) implements Result {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** The user, account or session may not continue. */
        record Denied(StepUp.Denial reason) implements Result {
            public Denied {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
