package io.finguard.domain.port.in;

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

    /** What recording the decision came to; the caller handles every variant. */
    sealed interface Result {
        /** Recorded: the account's KYC status and tier now. */
        record Recorded(KycStatus status, Tier tier) implements Result {
        }

        /** The account cannot take this decision in its current state. */
        record Refused(Rejection reason) implements Result {
        }

        /** No submission has this reference. */
        record UnknownReference() implements Result {
        }
    }
}
