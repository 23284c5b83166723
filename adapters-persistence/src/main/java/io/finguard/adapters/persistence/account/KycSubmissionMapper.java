package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.KYC_SUBMISSIONS;

import io.finguard.adapters.persistence.jooq.tables.records.KycSubmissionsRecord;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.port.out.KycSubmission;
import java.util.Optional;

/** KycSubmission to and from kyc_submissions rows. */
final class KycSubmissionMapper {
    private KycSubmissionMapper() {
    }

    static KycSubmissionsRecord toRecord(KycSubmission submission) {
        return new KycSubmissionsRecord()
                .with(KYC_SUBMISSIONS.REFERENCE, submission.reference())
                .with(KYC_SUBMISSIONS.ACCOUNT_ID, submission.account().value())
                .with(KYC_SUBMISSIONS.SUBMITTED_AT, submission.submittedAt())
                .with(KYC_SUBMISSIONS.STATUS, submission.status().name())
                .with(KYC_SUBMISSIONS.DECIDED_AT, submission.decidedAt().orElse(null));
    }

    static KycSubmission fromRecord(KycSubmissionsRecord row) {
        return new KycSubmission(row.getReference(), AccountId.of(row.getAccountId()), row.getSubmittedAt(),
                KycStatus.valueOf(row.getStatus()), Optional.ofNullable(row.getDecidedAt()));
    }
}
