package io.finguard.adapters.persistence.phone;

import static io.finguard.adapters.persistence.jooq.Tables.PHONE_CHANGES;

import io.finguard.adapters.persistence.jooq.tables.records.PhoneChangesRecord;
import io.finguard.adapters.persistence.PhoneColumns;
import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.OptimisticUpdate;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.phone.PhoneChange;
import io.finguard.domain.phone.PhoneChangeFacts;
import io.finguard.domain.phone.PhoneChangeStatus;
import io.finguard.domain.port.out.PhoneChanges;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Changes of number in phone_changes; the partial unique index keeps one PENDING change per user. */
public final class PostgresPhoneChanges implements PhoneChanges {
    private static final StoredPhones.Columns NEW_PHONE = PhoneColumns.PHONE_CHANGES_NEW_PHONE;

    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresPhoneChanges(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    @Override
    public void add(PhoneChange.Pending change) {
        transactions.dsl().executeInsert(toRecord(change));
    }

    @Override
    public Optional<PhoneChange> lock(ChallengeId challenge) {
        return transactions.dsl().selectFrom(PHONE_CHANGES).where(PHONE_CHANGES.CHALLENGE_ID.eq(challenge.value()))
                .forUpdate().fetchOptional().map(this::fromRecord);
    }

    @Override
    public Optional<PhoneChange.Pending> lockPendingOf(UserId user) {
        return transactions.dsl().selectFrom(PHONE_CHANGES).where(PHONE_CHANGES.USER_ID.eq(user.value()))
                .and(PHONE_CHANGES.STATUS.eq(PhoneChangeStatus.PENDING.name()))
                .forUpdate().fetchOptional().map(this::fromRecord)
                .filter(PhoneChange.Pending.class::isInstance).map(PhoneChange.Pending.class::cast);
    }

    @Override
    public void update(PhoneChange change) {
        OptimisticUpdate.apply(transactions.dsl(), PHONE_CHANGES, toRecord(change), PHONE_CHANGES.CHALLENGE_ID,
                PHONE_CHANGES.VERSION, change.version(), "PhoneChange");
    }

    private PhoneChangesRecord toRecord(PhoneChange change) {
        PhoneChangeFacts f = change.facts();
        Instant ended = switch (change) {
            case PhoneChange.Pending p -> null;
            case PhoneChange.Completed c -> c.completedAt();
            case PhoneChange.Superseded s -> s.supersededAt();
            case PhoneChange.Expired e -> e.expiredAt();
        };
        return phones.put(new PhoneChangesRecord(), NEW_PHONE, f.newPhone())
                .with(PHONE_CHANGES.CHALLENGE_ID, f.challenge().value())
                .with(PHONE_CHANGES.USER_ID, f.user().value())
                .with(PHONE_CHANGES.STATUS, change.status().name())
                .with(PHONE_CHANGES.REQUESTED_AT, f.requestedAt())
                .with(PHONE_CHANGES.EXPIRES_AT, f.expiresAt())
                .with(PHONE_CHANGES.ENDED_AT, ended)
                .with(PHONE_CHANGES.VERSION, change.version());
    }

    private PhoneChange fromRecord(PhoneChangesRecord row) {
        PhoneChangeFacts f = new PhoneChangeFacts(ChallengeId.of(row.getChallengeId()), UserId.of(row.getUserId()),
                phones.read(row, NEW_PHONE), row.getRequestedAt(), row.getExpiresAt());
        long v = row.getVersion();
        return switch (PhoneChangeStatus.valueOf(row.getStatus())) {
            case PENDING -> new PhoneChange.Pending(f, v);
            case COMPLETED -> new PhoneChange.Completed(f, v, row.getEndedAt());
            case SUPERSEDED -> new PhoneChange.Superseded(f, v, row.getEndedAt());
            case EXPIRED -> new PhoneChange.Expired(f, v, row.getEndedAt());
        };
    }
}
