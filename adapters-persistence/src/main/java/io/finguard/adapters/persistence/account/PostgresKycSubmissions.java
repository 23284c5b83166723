package io.finguard.adapters.persistence.account;

import static io.finguard.adapters.persistence.jooq.Tables.KYC_SUBMISSIONS;

import io.finguard.adapters.persistence.jooq.tables.records.KycSubmissionsRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.KycSubmission;
import io.finguard.domain.port.out.KycSubmissions;
import java.util.Optional;
import org.jooq.DSLContext;

/** KYC submissions in kyc_submissions, keyed by the provider's reference. */
public final class PostgresKycSubmissions implements KycSubmissions {
    private final JooqTransactions transactions;

    public PostgresKycSubmissions(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(KycSubmission submission) {
        transactions.dsl().executeInsert(KycSubmissionMapper.toRecord(submission));
    }

    @Override
    public Optional<KycSubmission> lock(String reference) {
        return transactions.dsl().selectFrom(KYC_SUBMISSIONS)
                .where(KYC_SUBMISSIONS.REFERENCE.eq(reference))
                .forUpdate()
                .fetchOptional()
                .map(KycSubmissionMapper::fromRecord);
    }

    /** No version to compare: an unknown reference is refused the way a lost optimistic race is. */
    @Override
    public void update(KycSubmission submission) {
        DSLContext dsl = transactions.dsl();
        KycSubmissionsRecord row = KycSubmissionMapper.toRecord(submission);
        row.changed(KYC_SUBMISSIONS.REFERENCE, false);
        row.changed(KYC_SUBMISSIONS.ACCOUNT_ID, false);
        int updated = dsl.update(KYC_SUBMISSIONS)
                .set(row)
                .where(KYC_SUBMISSIONS.REFERENCE.eq(submission.reference()))
                .and(KYC_SUBMISSIONS.ACCOUNT_ID.eq(submission.account().value()))
                .execute();
        if (updated == 1) {
            return;
        }
        if (dsl.fetchExists(KYC_SUBMISSIONS, KYC_SUBMISSIONS.REFERENCE.eq(submission.reference()))) {
            throw new IllegalArgumentException("a submission never changes account");
        }
        throw new ConcurrentUpdateException("KycSubmission", submission.reference());
    }
}
