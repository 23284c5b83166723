package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Tier;
import java.util.Objects;

/** S7/S8: the provider's decision; VERIFIED makes the account FULL. */
public interface RecordKycDecision {

    Result record(Command command);

    /** The provider's reference of a submission and its verdict. */
    record Command(String reference, boolean verified) {
        public Command {
            Objects.requireNonNull(reference, "reference");
        }
    }

    /** Why the account cannot take the decision. */
    enum Refusal implements CodedRefusal {
        INVALID_STATE(RefusalCode.INVALID_STATE),
        ACCOUNT_CLOSED(RefusalCode.ACCOUNT_CLOSED);

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

    /** What recording the decision came to; the caller handles every variant. */
    sealed interface Result {
        /** Recorded: the account's KYC status and tier now. */
        record Recorded(KycStatus status, Tier tier) implements Result {
        }

        /** The account cannot take this decision in its current state. */
        record Refused(Refusal reason) implements Result {
        }

        /** No submission has this reference. */
        record UnknownReference() implements Result {
        }
    }
}
