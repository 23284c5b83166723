package io.finguard.domain.port.in;

import io.finguard.domain.model.CodedRefusal;
import io.finguard.domain.model.RefusalCode;
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

    /** Why documents cannot be submitted now. */
    enum Refusal implements CodedRefusal {
        INVALID_STATE(RefusalCode.INVALID_STATE),
        RESUBMISSIONS_EXHAUSTED(RefusalCode.KYC_RESUBMISSIONS_EXHAUSTED),
        ACCOUNT_NOT_ACTIVE(RefusalCode.ACCOUNT_NOT_ACTIVE),
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

    /** What the submission came to; the caller handles every variant. */
    sealed interface Result {
        /** Handed to the provider: its reference for the decision to come, and the account's KYC status now. */
        record Submitted(String reference, KycStatus status) implements Result {
        }

        /** Not now: already verified or pending, resubmissions used up, account not active. */
        record Refused(Refusal reason, KycStatus current) implements Result {
        }

        /** No such user or account. */
        record NotFound() implements Result {
        }
    }
}
