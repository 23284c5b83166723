package io.finguard.domain.phone;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.time.Instant;
import java.util.Objects;

/**
 * A lost-phone recovery (docs/flows.md, "Phone lifecycle"): REQUESTED once the old number and the password matched,
 * IDENTITY_PENDING while the KYC provider (or an operator) checks the person, then APPROVED or REJECTED; an approved
 * recovery is COMPLETED when its requester, still holding the new number, moves the account. An open recovery
 * (REQUESTED, IDENTITY_PENDING, APPROVED) expires at the end of its lifetime; REJECTED, COMPLETED and EXPIRED are
 * terminal.
 */
public sealed interface Recovery {

    RecoveryFacts facts();

    long version();

    RecoveryStatus status();

    Transition<Recovery> on(RecoveryEvent event);

    /** A new recovery whose password check passed. */
    static Requested request(RecoveryFacts facts) {
        return new Requested(facts, 0);
    }

    /** The password matched; the identity check has not started. */
    record Requested(RecoveryFacts facts, long version) implements Recovery {
        public Requested {
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public RecoveryStatus status() {
            return RecoveryStatus.REQUESTED;
        }

        @Override
        public Transition<Recovery> on(RecoveryEvent event) {
            return OpenRecovery.unlessExpired(this, event, () -> switch (event) {
                case RecoveryEvent.StartIdentityCheck e -> Transition.moved(new IdentityPending(facts, version, e.reference()));
                case RecoveryEvent.Decide e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case RecoveryEvent.Complete e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case RecoveryEvent.Tick e -> Transition.stayed(this);
            });
        }
    }

    /** The KYC provider (or an operator) is checking the person; {@code reference} names the check. */
    record IdentityPending(RecoveryFacts facts, long version, String reference) implements Recovery {
        public IdentityPending {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(reference, "reference");
        }

        @Override
        public RecoveryStatus status() {
            return RecoveryStatus.IDENTITY_PENDING;
        }

        @Override
        public Transition<Recovery> on(RecoveryEvent event) {
            return OpenRecovery.unlessExpired(this, event, () -> switch (event) {
                case RecoveryEvent.Decide e when e.approve() -> Transition.moved(new Approved(facts, version, reference, e.at()));
                case RecoveryEvent.Decide e -> Transition.moved(new Rejected(facts, version, reference, e.at()));
                case RecoveryEvent.StartIdentityCheck e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case RecoveryEvent.Complete e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case RecoveryEvent.Tick e -> Transition.stayed(this);
            });
        }
    }

    /** The identity check passed; the requester may complete until the recovery expires. */
    record Approved(RecoveryFacts facts, long version, String reference, Instant decidedAt) implements Recovery {
        public Approved {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }

        @Override
        public RecoveryStatus status() {
            return RecoveryStatus.APPROVED;
        }

        @Override
        public Transition<Recovery> on(RecoveryEvent event) {
            return OpenRecovery.unlessExpired(this, event, () -> switch (event) {
                case RecoveryEvent.Complete e -> Transition.moved(new Completed(facts, version, reference, e.at()));
                case RecoveryEvent.StartIdentityCheck e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case RecoveryEvent.Decide e -> Transition.rejected(this, Rejection.INVALID_STATE);
                case RecoveryEvent.Tick e -> Transition.stayed(this);
            });
        }
    }

    /** Terminal: the identity check failed; the account stays where it is. */
    record Rejected(RecoveryFacts facts, long version, String reference, Instant decidedAt) implements Recovery {
        public Rejected {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }

        @Override
        public RecoveryStatus status() {
            return RecoveryStatus.REJECTED;
        }

        @Override
        public Transition<Recovery> on(RecoveryEvent event) {
            return OpenRecovery.terminal(this, event, Rejection.INVALID_STATE);
        }
    }

    /** Terminal: the account moved to the new number. */
    record Completed(RecoveryFacts facts, long version, String reference, Instant completedAt) implements Recovery {
        public Completed {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(completedAt, "completedAt");
        }

        @Override
        public RecoveryStatus status() {
            return RecoveryStatus.COMPLETED;
        }

        @Override
        public Transition<Recovery> on(RecoveryEvent event) {
            return OpenRecovery.terminal(this, event, Rejection.INVALID_STATE);
        }
    }

    /** Terminal: the lifetime ended while the recovery was still open. */
    record Expired(RecoveryFacts facts, long version) implements Recovery {
        public Expired {
            Objects.requireNonNull(facts, "facts");
        }

        @Override
        public RecoveryStatus status() {
            return RecoveryStatus.EXPIRED;
        }

        @Override
        public Transition<Recovery> on(RecoveryEvent event) {
            return OpenRecovery.terminal(this, event, Rejection.RECOVERY_EXPIRED);
        }
    }
}
