package io.finguard.domain.port.out;

import java.util.Objects;

/** The KYC provider's first answer to a fresh identity check: decided at once, or pending under a reference. */
public sealed interface IdentityCheck {

    /** The provider's reference for this check (it fits the admin decision path). */
    String reference();

    /** The provider decided at once. */
    record Decided(String reference, boolean verified) implements IdentityCheck {
        public Decided {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** The decision comes later (an operator decides through the admin API). */
    record Pending(String reference) implements IdentityCheck {
        public Pending {
            Objects.requireNonNull(reference, "reference");
        }
    }
}
