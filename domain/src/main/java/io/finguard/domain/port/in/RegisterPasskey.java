package io.finguard.domain.port.in;

import io.finguard.domain.model.TextRule;
import io.finguard.domain.passkey.PasskeyAttestation;
import io.finguard.domain.passkey.PasskeyRefusal;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.util.Objects;

/** Stores a new passkey from the browser's attestation, answering the challenge of {@link BeginPasskeyRegistration}. */
public interface RegisterPasskey {

    Result register(Command command);

    /** The caller, the name they give the passkey (1 to 64 characters, not blank), and the browser's response. */
    record Command(AccessClaims caller, String name, PasskeyAttestation attestation) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(attestation, "attestation");
            if (NAME.violation(name).isPresent()) {
                throw new IllegalArgumentException("a passkey name has 1 to 64 characters and is not blank");
            }
        }
    }

    /** The rule of a passkey's name, as the passkeys table keeps it. */
    TextRule NAME = new TextRule(1, 64);

    /** What the registration came to. */
    sealed interface Result {
        /** Stored. */
        record Registered(PasskeyView passkey) implements Result {
        }

        /** The session's second factor is not fresh. */
        record StepUpRequired() implements Result {
        }

        /** The session or its user may not continue. */
        record SessionNotLive(SessionDenial reason) implements Result {
        }

        /** Refused for {@code reason}; the challenge is spent either way. */
        record Refused(PasskeyRefusal reason) implements Result {
        }
    }
}
