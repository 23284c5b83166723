package io.finguard.domain.port.out;

import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyRefusal;
import java.util.Objects;

/**
 * Verifies that one of the user's passkeys signed {@code expectedChallenge} (a step-up's server challenge, or a
 * transaction's digest), and records its new signature counter. Runs inside the caller's transaction: the passkey
 * stays locked until it ends, so two assertions of one credential are judged one after the other.
 */
public interface PasskeyAssertions {

    Verdict verify(UserId user, PasskeyAssertion assertion, byte[] expectedChallenge);

    /** What the assertion came to. */
    sealed interface Verdict {
        /** The user's passkey {@code passkey} signed the challenge; its counter is now {@code signCount}. */
        record Verified(PasskeyId passkey, long signCount) implements Verdict {
            public Verified {
                Objects.requireNonNull(passkey, "passkey");
            }
        }

        /** Refused, for {@code reason}; nothing was recorded. */
        record Refused(PasskeyRefusal reason) implements Verdict {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
