package io.finguard.domain.token;

import java.util.Objects;

/** The result of verifying a presented token: its claims, or why it was refused (never echoing the token). */
public sealed interface TokenCheck<C> {

    /** The token is genuine, of the expected kind and current: here is what it says. */
    record Valid<C>(C claims) implements TokenCheck<C> {
        public Valid {
            Objects.requireNonNull(claims, "claims");
        }
    }

    /** Refused for {@code reason} (expired, bad signature, a token of the wrong type...). */
    record Invalid<C>(TokenRefusal reason) implements TokenCheck<C> {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
