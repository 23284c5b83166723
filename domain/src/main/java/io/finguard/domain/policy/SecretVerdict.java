package io.finguard.domain.policy;

import java.util.Objects;

/** A policy's answer on a chosen secret: acceptable (in its normalized form), or why not. */
public sealed interface SecretVerdict {

    /** The secret passes; {@code normalized} is the form to hash. */
    record Acceptable(String normalized) implements SecretVerdict {
        public Acceptable {
            Objects.requireNonNull(normalized, "normalized");
        }

        @Override
        public String toString() {
            return "Acceptable[redacted]";
        }
    }

    /** The secret fails the policy, for this reason. */
    record Weak(WeakSecret reason) implements SecretVerdict {
        public Weak {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
