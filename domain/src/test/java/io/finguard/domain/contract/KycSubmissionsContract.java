package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.KycStatus;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.KycSubmission;
import io.finguard.domain.port.out.KycSubmissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link KycSubmissions} store does: submissions by reference, the decision written later. */
public abstract class KycSubmissionsContract extends PersistenceContract {

    private KycSubmissions submissions() {
        return ports.kycSubmissions();
    }

    @Test
    void aPendingSubmissionComesBackWithAllItsFields() {
        KycSubmission submission = Samples.kycSubmission(SampleValues.accountId(), T0);
        runInTx(() -> submissions().add(submission));

        assertThat(inTx(() -> submissions().lock(submission.reference()))).contains(submission);
    }

    @ParameterizedTest
    @EnumSource(value = KycStatus.class, names = {"VERIFIED", "REJECTED"})
    void theDecisionIsStoredWithItsInstant(KycStatus decision) {
        KycSubmission submission = Samples.kycSubmission(SampleValues.accountId(), T0);
        KycSubmission decided = new KycSubmission(submission.reference(), submission.account(), submission.submittedAt(),
                decision, Optional.of(T0.plusSeconds(3600)));
        runInTx(() -> submissions().add(submission));

        runInTx(() -> submissions().update(decided));

        assertThat(inTx(() -> submissions().lock(submission.reference()))).contains(decided);
    }

    @Test
    void anUnknownReferenceFindsNothingAndCannotBeUpdated() {
        KycSubmission never = Samples.kycSubmission(SampleValues.accountId(), T0);

        assertThat(inTx(() -> submissions().lock(never.reference()))).isEmpty();
        assertThatThrownBy(() -> runInTx(() -> submissions().update(never))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> submissions().lock(never.reference()))).isEmpty();
    }

    @Test
    void aReferenceIsStoredOnce() {
        KycSubmission submission = Samples.kycSubmission(SampleValues.accountId(), T0);
        runInTx(() -> submissions().add(submission));

        assertThatThrownBy(() -> runInTx(() -> submissions().add(submission))).isInstanceOf(DuplicateException.class);
    }

    @Test
    void anAccountMayHaveSeveralSubmissions() {
        var account = SampleValues.accountId();
        KycSubmission first = Samples.kycSubmission(account, T0);
        KycSubmission second = Samples.kycSubmission(account, T0.plusSeconds(86_400));
        runInTx(() -> {
            submissions().add(first);
            submissions().add(second);
        });

        assertThat(inTx(() -> submissions().lock(first.reference()))).contains(first);
        assertThat(inTx(() -> submissions().lock(second.reference()))).contains(second);
    }
}
