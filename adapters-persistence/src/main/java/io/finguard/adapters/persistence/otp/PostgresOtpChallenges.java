package io.finguard.adapters.persistence.otp;

import static io.finguard.adapters.persistence.jooq.Tables.OTP_CHALLENGES;

import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.OptimisticUpdate;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.port.out.OtpChallenges;
import java.util.Optional;

/** OTP challenges in otp_challenges; the partial unique index keeps one PENDING per phone and purpose. */
public final class PostgresOtpChallenges implements OtpChallenges {
    private static final String PENDING = OtpChallengeMapper.Status.PENDING.name();
    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresOtpChallenges(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = transactions;
        this.phones = phones;
    }

    @Override
    public void add(OtpChallenge.Pending challenge) {
        transactions.dsl().executeInsert(OtpChallengeMapper.toRecord(challenge, phones));
    }

    @Override
    public Optional<OtpChallenge> lock(ChallengeId id) {
        return transactions.dsl().selectFrom(OTP_CHALLENGES)
                .where(OTP_CHALLENGES.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional()
                .map(row -> OtpChallengeMapper.fromRecord(row, phones));
    }

    @Override
    public Optional<OtpChallenge.Pending> lockPending(PhoneNumber phone, OtpPurpose purpose) {
        // Under READ COMMITTED a row superseded while we waited for its lock is re-checked and dropped here.
        return transactions.dsl().selectFrom(OTP_CHALLENGES)
                .where(OTP_CHALLENGES.PHONE_INDEX.eq(phones.index(phone)))
                .and(OTP_CHALLENGES.PURPOSE.eq(purpose.name()))
                .and(OTP_CHALLENGES.STATUS.eq(PENDING))
                .forUpdate()
                .fetchOptional()
                .map(row -> OtpChallengeMapper.fromRecord(row, phones))
                .map(OtpChallenge.Pending.class::cast);
    }

    @Override
    public void update(OtpChallenge challenge) {
        OptimisticUpdate.apply(transactions.dsl(), OTP_CHALLENGES, OtpChallengeMapper.toRecord(challenge, phones),
                OTP_CHALLENGES.ID, OTP_CHALLENGES.VERSION, challenge.version(), "OtpChallenge");
    }
}
