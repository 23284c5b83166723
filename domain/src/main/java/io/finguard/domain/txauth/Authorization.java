package io.finguard.domain.txauth;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.time.Instant;
import java.util.Objects;

/**
 * A payment authorisation (PSD2 RTS Art. 5, dynamic linking): PENDING until a factor confirms it, CONFIRMED until the
 * payment with the same digest executes (USED); it EXPIRES five minutes after creation, FAILS at the fifth wrong factor
 * and is voided (FAILED) by a transfer that differs from it in any bound field. USED, EXPIRED and FAILED are terminal.
 */
public sealed interface Authorization {
    /** Wrong factors allowed: the fifth one fails the authorisation. */
    int MAX_FAILURES = 5;

    AuthorizationFacts facts();

    AuthorizationStatus status();

    Transition<Authorization> on(AuthorizationEvent event);

    /** A new authorisation, waiting for a factor. */
    static Pending create(AuthorizationFacts facts) {
        return new Pending(facts, 0);
    }

    /** Waiting for a factor; {@code failures} wrong ones so far. */
    record Pending(AuthorizationFacts facts, int failures) implements Authorization {
        public Pending {
            Objects.requireNonNull(facts, "facts");
            if (failures < 0 || failures >= MAX_FAILURES) {
                throw new IllegalArgumentException("a pending authorisation has 0 to " + (MAX_FAILURES - 1) + " failures");
            }
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.PENDING;
        }

        @Override
        public Transition<Authorization> on(AuthorizationEvent event) {
            if (facts.isExpiredAt(event.at())) {
                return Ended.expire(facts, event);
            }
            return switch (event) {
                case AuthorizationEvent.Confirm e -> Transition.moved(new Confirmed(facts, e.method(), e.at()));
                case AuthorizationEvent.WrongFactor e -> failures + 1 >= MAX_FAILURES
                        ? Transition.refused(new Failed(facts, e.at()), Rejection.AUTHORIZATION_FAILED)
                        : Transition.moved(new Pending(facts, failures + 1));
                case AuthorizationEvent.Use e -> Transition.rejected(this, Rejection.AUTHORIZATION_NOT_CONFIRMED);
                case AuthorizationEvent.Tick e -> Transition.stayed(this);
            };
        }
    }

    /** A factor was proven; the payment with the same digest may execute once, before expiry. */
    record Confirmed(AuthorizationFacts facts, AuthMethod method, Instant confirmedAt) implements Authorization {
        public Confirmed {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(confirmedAt, "confirmedAt");
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.CONFIRMED;
        }

        @Override
        public Transition<Authorization> on(AuthorizationEvent event) {
            if (facts.isExpiredAt(event.at())) {
                return Ended.expire(facts, event);
            }
            return switch (event) {
                case AuthorizationEvent.Use e -> e.digest().equals(facts.digest())
                        ? Transition.moved(new Used(facts, method, e.at()))
                        : Transition.refused(new Failed(facts, e.at()), Rejection.AUTHORIZATION_MISMATCH);
                case AuthorizationEvent.Confirm e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case AuthorizationEvent.WrongFactor e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case AuthorizationEvent.Tick e -> Transition.stayed(this);
            };
        }
    }

    /** Terminal: the payment executed under it. */
    record Used(AuthorizationFacts facts, AuthMethod method, Instant usedAt) implements Authorization {
        public Used {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(usedAt, "usedAt");
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.USED;
        }

        @Override
        public Transition<Authorization> on(AuthorizationEvent event) {
            return Ended.refuse(this, event, Rejection.AUTHORIZATION_USED);
        }
    }

    /** Terminal: its five minutes ended before it was used. */
    record Expired(AuthorizationFacts facts, Instant expiredAt) implements Authorization {
        public Expired {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(expiredAt, "expiredAt");
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.EXPIRED;
        }

        @Override
        public Transition<Authorization> on(AuthorizationEvent event) {
            return Ended.refuse(this, event, Rejection.AUTHORIZATION_EXPIRED);
        }
    }

    /** Terminal: five wrong factors, or a transfer that differed from what was authorised. */
    record Failed(AuthorizationFacts facts, Instant failedAt) implements Authorization {
        public Failed {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(failedAt, "failedAt");
        }

        @Override
        public AuthorizationStatus status() {
            return AuthorizationStatus.FAILED;
        }

        @Override
        public Transition<Authorization> on(AuthorizationEvent event) {
            return Ended.refuse(this, event, Rejection.AUTHORIZATION_FAILED);
        }
    }
}
