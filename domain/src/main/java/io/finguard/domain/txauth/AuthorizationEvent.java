package io.finguard.domain.txauth;

import io.finguard.domain.model.AuthMethod;
import java.time.Instant;
import java.util.Objects;

/** What can happen to a payment authorisation: a right or wrong factor, the payment executing, or time passing. */
public sealed interface AuthorizationEvent {
    Instant at();

    /** The person proved a factor ({@code method}) for this payment. */
    record Confirm(Instant at, AuthMethod method) implements AuthorizationEvent {
        public Confirm {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(method, "method");
        }
    }

    /** A wrong PIN, password, code or assertion was presented for this payment. */
    record WrongFactor(Instant at) implements AuthorizationEvent {
        public WrongFactor {
            Objects.requireNonNull(at, "at");
        }
    }

    /** A transfer whose digest is {@code digest} asks to execute under this authorisation. */
    record Use(Instant at, PaymentDigest digest) implements AuthorizationEvent {
        public Use {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(digest, "digest");
        }
    }

    /** Time passed (a read): only expiry can follow. */
    record Tick(Instant at) implements AuthorizationEvent {
        public Tick {
            Objects.requireNonNull(at, "at");
        }
    }
}
