package io.finguard.domain.port.out;

import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.CoseKey;
import io.finguard.domain.passkey.CredentialId;
import io.finguard.domain.passkey.PasskeyAssertion;
import io.finguard.domain.passkey.PasskeyAttestation;
import io.finguard.domain.passkey.PasskeyRefusal;
import java.util.Objects;

/**
 * Checks WebAuthn responses against the configured relying party (id and origins) and an expected challenge:
 * ceremony type, challenge, origin, RP id hash, user presence and verification, signature. It keeps no state: the
 * signature counter is returned for the caller to judge ({@link io.finguard.domain.passkey.Passkey#use}).
 */
public interface WebAuthnCeremonies {

    /** A registration (attestation {@code none} or any format, not verified beyond its self-consistency). */
    Registration register(PasskeyAttestation attestation, Challenge expected);

    /** An assertion by the credential whose public key is {@code key}. */
    Assertion assertion(PasskeyAssertion assertion, CoseKey key, Challenge expected);

    /** What a registration came to. */
    sealed interface Registration {
        /** Valid: the new credential's id, public key and initial counter. */
        record Valid(CredentialId credential, CoseKey publicKey, long signCount) implements Registration {
            public Valid {
                Objects.requireNonNull(credential, "credential");
                Objects.requireNonNull(publicKey, "publicKey");
            }
        }

        /** Refused, for {@code reason}. */
        record Refused(PasskeyRefusal reason) implements Registration {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }

    /** What an assertion came to. */
    sealed interface Assertion {
        /** The signature is valid; {@code signCount} is the authenticator's counter. */
        record Valid(long signCount) implements Assertion {
        }

        /** Refused, for {@code reason}. */
        record Refused(PasskeyRefusal reason) implements Assertion {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
