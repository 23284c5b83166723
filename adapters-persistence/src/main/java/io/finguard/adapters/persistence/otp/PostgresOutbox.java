package io.finguard.adapters.persistence.otp;

import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;

import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.jooq.tables.records.OutboxRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.SealedCode;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxCourier;
import io.finguard.domain.port.out.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The transactional outbox in the outbox table. {@link #dispatch} claims due messages with
 * {@code FOR UPDATE SKIP LOCKED} and, in the same short transaction, counts the attempt and schedules the next
 * one (a lease): dispatchers on other instances skip or wait those rows, a crash mid-send leads to a retry after
 * the backoff, and the SMS gateway is called with no transaction open. Delivery is at least once. Codes arrive
 * sealed and stay so: this adapter stores and hands on the sealed bytes and never holds a key to open them.
 */
public final class PostgresOutbox implements Outbox {
    private enum Status { PENDING, DELIVERED, EXPIRED, DEAD }

    private static final Field<byte[]> NO_CODE = DSL.inline(null, OUTBOX.SEALED_CODE);

    private final JooqTransactions transactions;
    private final OutboxRetry retry;

    public PostgresOutbox(JooqTransactions transactions, OutboxRetry retry) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    @Override
    public void enqueue(OutboxMessage message) {
        transactions.dsl().executeInsert(new OutboxRecord()
                .with(OUTBOX.ID, message.id())
                .with(OUTBOX.CHALLENGE_ID, message.challenge().value())
                .with(OUTBOX.PHONE, message.to().e164())
                .with(OUTBOX.CODE_KEY_ID, message.sealedCode().keyId())
                .with(OUTBOX.SEALED_CODE, message.sealedCode().bytes())
                .with(OUTBOX.STATUS, Status.PENDING.name())
                .with(OUTBOX.CREATED_AT, message.createdAt())
                .with(OUTBOX.EXPIRES_AT, message.expiresAt())
                .with(OUTBOX.ATTEMPTS, 0)
                .with(OUTBOX.NEXT_ATTEMPT_AT, message.createdAt()));
    }

    /** Runs its own short transactions (or joins the caller's, then everything happens in that one). */
    @Override
    public int dispatch(OutboxCourier courier, int batch, Instant now) {
        if (batch <= 0) {
            return 0;
        }
        transactions.inTransaction(() -> expire(transactions.dsl(), now));
        List<OutboxRecord> claimed = transactions.inTransaction(() -> claim(transactions.dsl(), batch, now));
        List<Outcome> outcomes = new ArrayList<>(claimed.size());
        for (OutboxRecord row : claimed) {
            outcomes.add(send(courier, row));
        }
        return transactions.inTransaction(() -> settle(transactions.dsl(), outcomes, now));
    }

    @Override
    public List<OutboxMessage> pending() {
        return transactions.inTransaction(() -> transactions.dsl().selectFrom(OUTBOX)
                .where(OUTBOX.STATUS.eq(Status.PENDING.name()))
                .orderBy(OUTBOX.CREATED_AT, OUTBOX.ID)
                .fetch(PostgresOutbox::message));
    }

    private static OutboxMessage message(OutboxRecord row) {
        return new OutboxMessage(row.getId(), ChallengeId.of(row.getChallengeId()), PhoneNumber.of(row.getPhone()),
                new SealedCode(row.getCodeKeyId(), row.getSealedCode()), row.getCreatedAt(), row.getExpiresAt());
    }

    /** Codes past their lifetime are never sent: the row ends EXPIRED and its sealed code is wiped. */
    private static int expire(DSLContext dsl, Instant now) {
        return dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, Status.EXPIRED.name())
                .set(OUTBOX.SEALED_CODE, NO_CODE)
                .set(OUTBOX.ENDED_AT, now)
                .where(OUTBOX.STATUS.eq(Status.PENDING.name()))
                .and(OUTBOX.EXPIRES_AT.le(now))
                .execute();
    }

    private List<OutboxRecord> claim(DSLContext dsl, int batch, Instant now) {
        List<OutboxRecord> due = dsl.selectFrom(OUTBOX)
                .where(OUTBOX.STATUS.eq(Status.PENDING.name()))
                .and(OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .and(OUTBOX.EXPIRES_AT.gt(now))
                .orderBy(OUTBOX.NEXT_ATTEMPT_AT, OUTBOX.CREATED_AT)
                .limit(batch)
                .forUpdate()
                .skipLocked()
                .fetch();
        for (OutboxRecord row : due) {
            int attempt = row.getAttempts() + 1;
            row.setAttempts(attempt);
            dsl.update(OUTBOX)
                    .set(OUTBOX.ATTEMPTS, attempt)
                    .set(OUTBOX.NEXT_ATTEMPT_AT, now.plus(retry.delayAfter(attempt)))
                    .where(OUTBOX.ID.eq(row.getId()))
                    .execute();
        }
        return due;
    }

    /** What happened to one claimed message; {@code failure} is an exception class name, never its message. */
    private record Outcome(UUID id, int attempt, String failure) {
    }

    private static Outcome send(OutboxCourier courier, OutboxRecord row) {
        try {
            courier.deliver(message(row));
            return new Outcome(row.getId(), row.getAttempts(), null);
        } catch (RuntimeException e) {
            // A failing gateway is expected: the attempt is already counted and the retry scheduled.
            return new Outcome(row.getId(), row.getAttempts(), e.getClass().getSimpleName());
        }
    }

    private int settle(DSLContext dsl, List<Outcome> outcomes, Instant now) {
        int delivered = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.failure() == null) {
                delivered += end(dsl, outcome.id(), Status.DELIVERED, null, now);
            } else if (outcome.attempt() >= retry.maxAttempts()) {
                end(dsl, outcome.id(), Status.DEAD, outcome.failure(), now);
            } else {
                dsl.update(OUTBOX).set(OUTBOX.LAST_FAILURE, outcome.failure()).where(OUTBOX.ID.eq(outcome.id())).execute();
            }
        }
        return delivered;
    }

    /** Ends a pending message; its sealed code is wiped in the same statement. */
    private static int end(DSLContext dsl, UUID id, Status status, String failure, Instant now) {
        return dsl.update(OUTBOX)
                .set(OUTBOX.STATUS, status.name())
                .set(OUTBOX.SEALED_CODE, NO_CODE)
                .set(OUTBOX.ENDED_AT, now)
                .set(OUTBOX.LAST_FAILURE, DSL.coalesce(DSL.val(failure, OUTBOX.LAST_FAILURE), OUTBOX.LAST_FAILURE))
                .where(OUTBOX.ID.eq(id))
                .and(OUTBOX.STATUS.eq(Status.PENDING.name()))
                .execute();
    }
}
