package io.finguard.domain.session;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.TokenDigest;
import java.time.Instant;
import java.util.Objects;

/** Events of a refresh-token family. */
public sealed interface FamilyEvent {
    Instant at();

    /**
     * A refresh token was presented. {@code successor} is the digest of the token that replaces it;
     * successors are derived from the presented token, so a retry inside the grace window names the
     * same successor.
     */
    record Rotate(TokenDigest presented, TokenDigest successor, SessionPolicy policy, Instant at) implements FamilyEvent {
        public Rotate {
            Objects.requireNonNull(presented, "presented");
            Objects.requireNonNull(successor, "successor");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A second factor was proven within this session: assurance rises and its clock restarts. */
    record StepUp(AuthMethod method, Instant at) implements FamilyEvent {
        public StepUp {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * The family ends (logout, token reuse, expiry, block, new credentials, replacement): no token of it refreshes
     * again.
     */
    record Revoke(RevocationReason reason, Instant at) implements FamilyEvent {
        public Revoke {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }
    }
}
