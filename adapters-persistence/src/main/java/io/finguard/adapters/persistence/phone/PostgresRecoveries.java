package io.finguard.adapters.persistence.phone;

import static io.finguard.adapters.persistence.jooq.Tables.RECOVERIES;

import io.finguard.adapters.persistence.jooq.tables.records.RecoveriesRecord;
import io.finguard.adapters.persistence.PhoneColumns;
import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.OptimisticUpdate;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryFacts;
import io.finguard.domain.phone.RecoveryStatus;
import io.finguard.domain.port.out.Recoveries;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Recoveries in the recoveries table; partial unique indexes keep one open recovery per user and per new number. */
public final class PostgresRecoveries implements Recoveries {
    private static final List<String> OPEN = List.of(RecoveryStatus.REQUESTED.name(), RecoveryStatus.IDENTITY_PENDING.name(),
            RecoveryStatus.APPROVED.name());
    private static final StoredPhones.Columns OLD_PHONE = PhoneColumns.RECOVERIES_OLD_PHONE;
    private static final StoredPhones.Columns NEW_PHONE = PhoneColumns.RECOVERIES_NEW_PHONE;

    private final JooqTransactions transactions;
    private final StoredPhones phones;

    public PostgresRecoveries(JooqTransactions transactions, StoredPhones phones) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    @Override
    public void add(Recovery recovery) {
        transactions.dsl().executeInsert(toRecord(recovery));
    }

    @Override
    public Optional<Recovery> lock(RecoveryId id) {
        return transactions.dsl().selectFrom(RECOVERIES).where(RECOVERIES.ID.eq(id.value()))
                .forUpdate().fetchOptional().map(this::fromRecord);
    }

    @Override
    public Optional<Recovery> lockNewestFor(PhoneNumber newPhone) {
        return transactions.dsl().selectFrom(RECOVERIES).where(RECOVERIES.NEW_PHONE_INDEX.eq(phones.index(newPhone)))
                .orderBy(RECOVERIES.REQUESTED_AT.desc(), RECOVERIES.ID.desc()).limit(1)
                .forUpdate().fetchOptional().map(this::fromRecord);
    }

    @Override
    public Optional<Recovery> lockOpenOf(UserId user) {
        return transactions.dsl().selectFrom(RECOVERIES).where(RECOVERIES.USER_ID.eq(user.value()))
                .and(RECOVERIES.STATUS.in(OPEN))
                .forUpdate().fetchOptional().map(this::fromRecord);
    }

    @Override
    public void update(Recovery recovery) {
        OptimisticUpdate.apply(transactions.dsl(), RECOVERIES, toRecord(recovery), RECOVERIES.ID, RECOVERIES.VERSION,
                recovery.version(), "Recovery");
    }

    private RecoveriesRecord toRecord(Recovery recovery) {
        RecoveryFacts f = recovery.facts();
        String reference = null;
        Instant decidedAt = null;
        Instant completedAt = null;
        switch (recovery) {
            case Recovery.Requested r -> { }
            case Recovery.IdentityPending p -> reference = p.reference();
            case Recovery.Approved a -> {
                reference = a.reference();
                decidedAt = a.decidedAt();
            }
            case Recovery.Rejected j -> {
                reference = j.reference();
                decidedAt = j.decidedAt();
            }
            case Recovery.Completed c -> {
                reference = c.reference();
                completedAt = c.completedAt();
            }
            case Recovery.Expired e -> { }
        }
        RecoveriesRecord row = phones.put(phones.put(new RecoveriesRecord(), OLD_PHONE, f.oldPhone()), NEW_PHONE, f.newPhone())
                .with(RECOVERIES.ID, f.id().value())
                .with(RECOVERIES.USER_ID, f.user().value())
                .with(RECOVERIES.STATUS, recovery.status().name())
                .with(RECOVERIES.REQUESTED_AT, f.requestedAt())
                .with(RECOVERIES.EXPIRES_AT, f.expiresAt())
                .with(RECOVERIES.COMPLETED_AT, completedAt)
                .with(RECOVERIES.VERSION, recovery.version());
        // What a later state no longer names (the reference of an expired recovery, the decision instant of a completed
        // one) stays as it was written.
        if (reference != null) {
            row.set(RECOVERIES.REFERENCE, reference);
        }
        if (decidedAt != null) {
            row.set(RECOVERIES.DECIDED_AT, decidedAt);
        }
        return row;
    }

    private Recovery fromRecord(RecoveriesRecord row) {
        RecoveryFacts f = new RecoveryFacts(RecoveryId.of(row.getId()), UserId.of(row.getUserId()), phones.read(row, OLD_PHONE),
                phones.read(row, NEW_PHONE), row.getRequestedAt(), row.getExpiresAt());
        long v = row.getVersion();
        return switch (RecoveryStatus.valueOf(row.getStatus())) {
            case REQUESTED -> new Recovery.Requested(f, v);
            case IDENTITY_PENDING -> new Recovery.IdentityPending(f, v, row.getReference());
            case APPROVED -> new Recovery.Approved(f, v, row.getReference(), row.getDecidedAt());
            case REJECTED -> new Recovery.Rejected(f, v, row.getReference(), row.getDecidedAt());
            case COMPLETED -> new Recovery.Completed(f, v, row.getReference(), row.getCompletedAt());
            case EXPIRED -> new Recovery.Expired(f, v);
        };
    }
}
