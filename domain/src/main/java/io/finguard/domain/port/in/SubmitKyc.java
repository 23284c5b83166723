package io.finguard.domain.port.in;

import io.finguard.domain.model.KycStatus;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.UserId;
import io.finguard.domain.account.KycDocuments;
import java.util.Objects;

/** S6: a LIMITED account hands documents to the KYC provider. */
public interface SubmitKyc {

    Result submit(Command command);

    /** The user handing in documents, and the documents. */
    record Command(UserId user, KycDocuments documents) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(documents, "documents");
        }
    }

    /** What the submission came to; the caller handles every variant. */
    sealed interface Result {
        /** Handed to the provider: its reference for the decision to come, and the account's KYC status now. */
        record Submitted(String reference, KycStatus status) implements Result {
        }

        /** Not now: already verified or pending, resubmissions used up, account not active. */
        record Refused(Rejection reason, KycStatus current) implements Result {
        }

        /** No such user or account. */
        record NotFound() implements Result {
        }
    }
}
