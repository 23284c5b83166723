package io.finguard.domain.txauth;

import java.util.Objects;

/** Whether a payment may go without strong authentication, and why. */
public sealed interface ScaDecision {
    /** Exempted by {@code exemption} (which is audited). */
    record Exempt(Exemption exemption) implements ScaDecision {
        public Exempt {
            Objects.requireNonNull(exemption, "exemption");
        }
    }

    /** Strong authentication of this payment is needed, for {@code reason}. */
    record Required(ScaReason reason) implements ScaDecision {
        public Required {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
