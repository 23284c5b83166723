package io.finguard.adapters.persistence.otp;

import static io.finguard.adapters.persistence.jooq.Tables.OTP_CHALLENGES;

import io.finguard.adapters.persistence.PhoneColumns;
import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.jooq.tables.records.OtpChallengesRecord;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.CodeHash;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.otp.ChallengeFacts;
import io.finguard.domain.otp.OtpChallenge;
import java.time.Instant;

/** OtpChallenge states to and from otp_challenges rows: a status column plus the state's own instant. */
final class OtpChallengeMapper {
    /** The stored status names, one per state type. */
    enum Status { PENDING, VERIFIED, EXPIRED, EXHAUSTED, SUPERSEDED }

    private static final StoredPhones.Columns PHONE = PhoneColumns.OTP_CHALLENGES_PHONE;

    private OtpChallengeMapper() {
    }

    static OtpChallengesRecord toRecord(OtpChallenge challenge, StoredPhones phones) {
        Status status;
        Instant verifiedAt = null;
        Instant expiredAt = null;
        Instant supersededAt = null;
        switch (challenge) {
            case OtpChallenge.Pending p -> status = Status.PENDING;
            case OtpChallenge.Verified v -> {
                status = Status.VERIFIED;
                verifiedAt = v.verifiedAt();
            }
            case OtpChallenge.Expired e -> {
                status = Status.EXPIRED;
                expiredAt = e.expiredAt();
            }
            case OtpChallenge.Exhausted e -> status = Status.EXHAUSTED;
            case OtpChallenge.Superseded s -> {
                status = Status.SUPERSEDED;
                supersededAt = s.supersededAt();
            }
        }
        ChallengeFacts facts = challenge.facts();
        return phones.put(new OtpChallengesRecord(), PHONE, facts.phone())
                .with(OTP_CHALLENGES.ID, facts.id().value())
                .with(OTP_CHALLENGES.PURPOSE, facts.purpose().name())
                .with(OTP_CHALLENGES.CODE_KEY_ID, facts.codeHash().keyId())
                .with(OTP_CHALLENGES.CODE_HASH, facts.codeHash().value())
                .with(OTP_CHALLENGES.ISSUED_AT, facts.issuedAt())
                .with(OTP_CHALLENGES.EXPIRES_AT, facts.expiresAt())
                .with(OTP_CHALLENGES.MAX_ATTEMPTS, facts.maxAttempts())
                .with(OTP_CHALLENGES.ATTEMPTS, challenge.attempts())
                .with(OTP_CHALLENGES.STATUS, status.name())
                .with(OTP_CHALLENGES.VERIFIED_AT, verifiedAt)
                .with(OTP_CHALLENGES.EXPIRED_AT, expiredAt)
                .with(OTP_CHALLENGES.SUPERSEDED_AT, supersededAt)
                .with(OTP_CHALLENGES.VERSION, challenge.version());
    }

    static OtpChallenge fromRecord(OtpChallengesRecord row, StoredPhones phones) {
        ChallengeFacts facts = new ChallengeFacts(
                ChallengeId.of(row.getId()),
                phones.read(row, PHONE),
                OtpPurpose.valueOf(row.getPurpose()),
                new CodeHash(row.getCodeKeyId(), row.getCodeHash()),
                row.getIssuedAt(),
                row.getExpiresAt(),
                row.getMaxAttempts());
        int attempts = row.getAttempts();
        long version = row.getVersion();
        return switch (Status.valueOf(row.getStatus())) {
            case PENDING -> new OtpChallenge.Pending(facts, attempts, version);
            case VERIFIED -> new OtpChallenge.Verified(facts, attempts, version, row.getVerifiedAt());
            case EXPIRED -> new OtpChallenge.Expired(facts, attempts, version, row.getExpiredAt());
            case EXHAUSTED -> new OtpChallenge.Exhausted(facts, attempts, version);
            case SUPERSEDED -> new OtpChallenge.Superseded(facts, attempts, version, row.getSupersededAt());
        };
    }
}
