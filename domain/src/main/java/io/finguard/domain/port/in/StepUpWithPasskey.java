package io.finguard.domain.port.in;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyRefusal;
import java.util.Objects;
import java.util.Optional;

/**
 * A passkey assertion over the challenge of {@link BeginPasskeyStepUp} as the second factor: finishes a login or raises
 * a session to AAL2 like {@link StepUp}, with {@code amr} {@code ["sms", "pop"]}.
 */
public interface StepUpWithPasskey {

    Result stepUp(Command command);

    /**
     * Who steps up, the browser's assertion, from where, and the DPoP key the client proved it holds (none without a
     * proof): as with {@link StepUp}, a step-up by a key makes it a known device and binds the new session.
     */
    record Command(StepUp.Subject subject, PasskeyAssertion assertion, ClientAddress client, Optional<KeyThumbprint> key) {

        /** Without a DPoP proof. */
        public Command(StepUp.Subject subject, PasskeyAssertion assertion, ClientAddress client) {
            this(subject, assertion, client, Optional.empty());
        }

        public Command {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(assertion, "assertion");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(key, "key");
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
