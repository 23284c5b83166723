package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Rejection;
import java.util.Objects;

/**
 * The requester, holding a signup ticket of the new number (so still holding the number), completes an approved
 * recovery: the signup ends and the account moves with the change-of-number effects.
 */
public interface CompleteRecovery {

    Result complete(PreUserId signup);

    /** Why the recovery cannot complete. */
    enum Refusal implements CodedRefusal {
        INVALID_STATE(RefusalCode.INVALID_STATE),
        EXPIRED(RefusalCode.RECOVERY_EXPIRED),
        PHONE_NOT_ACCEPTED(RefusalCode.PHONE_NOT_ACCEPTED);

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

    /** What completing came to; the caller handles every variant. */
    sealed interface Result {
        /** The account is on the new number; log in with it. */
        record Completed(RecoveryView recovery) implements Result {
        }

        /** Not approved (yet), lapsed, or the account can no longer move; {@code recovery} is where it stands. */
        record Refused(Refusal reason, RecoveryView recovery) implements Result {
            public Refused {
                Objects.requireNonNull(reason, "reason");
                Objects.requireNonNull(recovery, "recovery");
            }
        }

        /** No signup with this id, or no recovery towards its number. */
        record NotFound() implements Result {
        }
    }
}
