package io.finguard.domain.port.in;

import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.UserId;
import io.finguard.domain.account.KycDocuments;
import java.util.Objects;

/** S6: a LIMITED account hands documents to the KYC provider. */
public interface SubmitKyc {

    Result submit(Command command);

    record Command(UserId user, KycDocuments documents) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(documents, "documents");
        }
    }

    sealed interface Result {
        record Submitted(String reference, KycStatus status) implements Result {
        }

        /** Not now: already verified or pending, resubmissions used up, account not active. */
        record Refused(Rejection reason, KycStatus current) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
