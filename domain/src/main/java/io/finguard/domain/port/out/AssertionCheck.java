package io.finguard.domain.port.out;

import io.finguard.domain.model.KeyThumbprint;
import java.time.Instant;
import java.util.Objects;

/** What a client assertion check came to. */
public sealed interface AssertionCheck {

    /** Signed by the registered key (this thumbprint) and addressed correctly; {@code jti} is still to be spent. */
    record Valid(KeyThumbprint key, String jti, Instant expiresAt) implements AssertionCheck {
        public Valid {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(jti, "jti");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** Not a valid assertion of this client; {@code why} names the rule broken, never key or claim material. */
    record Invalid(String why) implements AssertionCheck {
        public Invalid {
            Objects.requireNonNull(why, "why");
        }
    }
}
