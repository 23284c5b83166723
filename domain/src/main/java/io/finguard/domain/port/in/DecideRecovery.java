package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Rejection;
import java.util.Objects;

/** An operator decides the identity check of a recovery that waits for one (admin API, audited). */
public interface DecideRecovery {

    Result decide(Command command);

    /** {@code recoveryId} as received; {@code reason} is the operator's note for the audit log. */
    record Command(String recoveryId, boolean approve, String reason) {
        public Command {
            Objects.requireNonNull(recoveryId, "recoveryId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why the recovery cannot take a decision. */
    enum Refusal implements CodedRefusal {
        INVALID_STATE(RefusalCode.INVALID_STATE),
        EXPIRED(RefusalCode.RECOVERY_EXPIRED);

        private final RefusalCode refusal;

        Refusal(RefusalCode refusal) {
            this.refusal = refusal;
        }

        @Override
        public RefusalCode refusal() {
            return refusal;
        }

        /** The refusal of this use case a machine's rejection stands for; any other rejection here is a bug. */
        public static Refusal of(Rejection reason) {
            return CodedRefusal.of(Refusal.class, reason);
        }
    }

    /** What deciding came to; the caller handles every variant. */
    sealed interface Result {
        /** Recorded: the recovery is APPROVED or REJECTED. */
        record Decided(RecoveryView recovery) implements Result {
        }

        /** The recovery is not waiting for a decision, or it lapsed. */
        record Refused(Refusal reason, RecoveryView recovery) implements Result {
        }

        /** No recovery has this id (or the id is malformed). */
        record NotFound() implements Result {
        }
    }
}
