package io.finguard.domain.port.in;

import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Tier;
import java.util.Objects;

/** S7/S8: the provider's decision; VERIFIED makes the account FULL. */
public interface RecordKycDecision {

    Result record(Command command);

    record Command(String reference, boolean verified) {
        public Command {
            Objects.requireNonNull(reference, "reference");
        }
    }

    sealed interface Result {
        record Recorded(KycStatus status, Tier tier) implements Result {
        }

        record Refused(Rejection reason) implements Result {
        }

        record UnknownReference() implements Result {
        }
    }
}
