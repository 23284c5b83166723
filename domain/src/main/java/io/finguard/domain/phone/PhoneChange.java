package io.finguard.domain.phone;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in user's change of number (docs/flows.md, "Phone lifecycle"): PENDING until the code sent to the new
 * number comes back, then COMPLETED; a newer request of the same user supersedes it, and it expires with its code.
 * Every state but PENDING is terminal.
 */
public sealed interface PhoneChange {

    PhoneChangeFacts facts();

    long version();

    PhoneChangeStatus status();

    Transition<PhoneChange> on(PhoneChangeEvent event);

    /** A new request, waiting for its code. */
    static Pending request(PhoneChangeFacts facts) {
        return new Pending(facts, 0);
    }

    /** Waiting for the code sent to the new number. */
    record Pending(PhoneChangeFacts facts, long version) implements PhoneChange {
        public Pending {
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public PhoneChangeStatus status() {
            return PhoneChangeStatus.PENDING;
        }

        @Override
        public Transition<PhoneChange> on(PhoneChangeEvent event) {
            if (facts.isExpiredAt(event.at())) {
                Expired expired = new Expired(facts, version, facts.expiresAt());
                return switch (event) {
                    case PhoneChangeEvent.Tick e -> Transition.moved(expired);
                    case PhoneChangeEvent.Supersede e -> Transition.moved(expired);
                    case PhoneChangeEvent.Confirm e -> Transition.refused(expired, Rejection.OTP_EXPIRED);
                };
            }
            return switch (event) {
                case PhoneChangeEvent.Confirm e -> Transition.moved(new Completed(facts, version, e.at()));
                case PhoneChangeEvent.Supersede e -> Transition.moved(new Superseded(facts, version, e.at()));
                case PhoneChangeEvent.Tick e -> Transition.stayed(this);
            };
        }
    }

    /** Terminal: the account moved to the new number. */
    record Completed(PhoneChangeFacts facts, long version, Instant completedAt) implements PhoneChange {
        public Completed {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(completedAt, "completedAt");
        }

        @Override
        public PhoneChangeStatus status() {
            return PhoneChangeStatus.COMPLETED;
        }

        @Override
        public Transition<PhoneChange> on(PhoneChangeEvent event) {
            return EndedChange.refuse(this, event, Rejection.OTP_ALREADY_USED);
        }
    }

    /** Terminal: the same user asked for another change before this one completed. */
    record Superseded(PhoneChangeFacts facts, long version, Instant supersededAt) implements PhoneChange {
        public Superseded {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(supersededAt, "supersededAt");
        }

        @Override
        public PhoneChangeStatus status() {
            return PhoneChangeStatus.SUPERSEDED;
        }

        @Override
        public Transition<PhoneChange> on(PhoneChangeEvent event) {
            return EndedChange.refuse(this, event, Rejection.OTP_SUPERSEDED);
        }
    }

    /** Terminal: the code's lifetime ended before it came back. */
    record Expired(PhoneChangeFacts facts, long version, Instant expiredAt) implements PhoneChange {
        public Expired {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(expiredAt, "expiredAt");
        }

        @Override
        public PhoneChangeStatus status() {
            return PhoneChangeStatus.EXPIRED;
        }

        @Override
        public Transition<PhoneChange> on(PhoneChangeEvent event) {
            return EndedChange.refuse(this, event, Rejection.OTP_EXPIRED);
        }
    }
}
