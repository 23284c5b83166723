package io.finguard.adapters.persistence.phone;

import static io.finguard.adapters.persistence.jooq.Tables.NOTICES;

import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.jooq.tables.records.NoticesRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.Notice;
import io.finguard.domain.port.out.NoticeKind;
import io.finguard.domain.port.out.NoticeSender;
import io.finguard.domain.port.out.Notices;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The notice outbox in the notices table, dispatched like the code outbox: due rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and leased (attempt counted, next attempt scheduled) in one short transaction, the
 * gateway is called with no transaction open, and the outcome is settled afterwards. Delivery is at least once.
 */
public final class PostgresNotices implements Notices {
    private enum Status { PENDING, DELIVERED, EXPIRED, DEAD }

    private final JooqTransactions transactions;
    private final OutboxRetry retry;

    public PostgresNotices(JooqTransactions transactions, OutboxRetry retry) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    @Override
    public void enqueue(Notice notice) {
        transactions.dsl().executeInsert(new NoticesRecord()
                .with(NOTICES.ID, notice.id())
                .with(NOTICES.PHONE, notice.to().e164())
                .with(NOTICES.KIND, notice.kind().name())
                .with(NOTICES.STATUS, Status.PENDING.name())
                .with(NOTICES.CREATED_AT, notice.createdAt())
                .with(NOTICES.EXPIRES_AT, notice.expiresAt())
                .with(NOTICES.ATTEMPTS, 0)
                .with(NOTICES.NEXT_ATTEMPT_AT, notice.createdAt()));
    }

    @Override
    public int dispatch(NoticeSender sender, int batch, Instant now) {
        if (batch <= 0) {
            return 0;
        }
        transactions.inTransaction(() -> transactions.dsl().update(NOTICES)
                .set(NOTICES.STATUS, Status.EXPIRED.name()).set(NOTICES.ENDED_AT, now)
                .where(NOTICES.STATUS.eq(Status.PENDING.name())).and(NOTICES.EXPIRES_AT.le(now)).execute());
        List<NoticesRecord> claimed = transactions.inTransaction(() -> claim(transactions.dsl(), batch, now));
        List<Outcome> outcomes = new ArrayList<>(claimed.size());
        for (NoticesRecord row : claimed) {
            try {
                sender.send(notice(row));
                outcomes.add(new Outcome(row.getId(), row.getAttempts(), null));
            } catch (RuntimeException e) {
                // A failing gateway is expected: the attempt is already counted and the retry scheduled.
                outcomes.add(new Outcome(row.getId(), row.getAttempts(), e.getClass().getSimpleName()));
            }
        }
        return transactions.inTransaction(() -> settle(transactions.dsl(), outcomes, now));
    }

    @Override
    public List<Notice> pending() {
        return transactions.inTransaction(() -> transactions.dsl().selectFrom(NOTICES)
                .where(NOTICES.STATUS.eq(Status.PENDING.name()))
                .orderBy(NOTICES.CREATED_AT, NOTICES.ID)
                .fetch(PostgresNotices::notice));
    }

    private static Notice notice(NoticesRecord row) {
        return new Notice(row.getId(), PhoneNumber.of(row.getPhone()), NoticeKind.valueOf(row.getKind()), row.getCreatedAt(),
                row.getExpiresAt());
    }

    private List<NoticesRecord> claim(DSLContext dsl, int batch, Instant now) {
        List<NoticesRecord> due = dsl.selectFrom(NOTICES)
                .where(NOTICES.STATUS.eq(Status.PENDING.name()))
                .and(NOTICES.NEXT_ATTEMPT_AT.le(now))
                .and(NOTICES.EXPIRES_AT.gt(now))
                .orderBy(NOTICES.NEXT_ATTEMPT_AT, NOTICES.CREATED_AT)
                .limit(batch)
                .forUpdate()
                .skipLocked()
                .fetch();
        for (NoticesRecord row : due) {
            int attempt = row.getAttempts() + 1;
            row.setAttempts(attempt);
            dsl.update(NOTICES).set(NOTICES.ATTEMPTS, attempt).set(NOTICES.NEXT_ATTEMPT_AT, now.plus(retry.delayAfter(attempt)))
                    .where(NOTICES.ID.eq(row.getId())).execute();
        }
        return due;
    }

    /** What happened to one claimed notice; {@code failure} is an exception class name, never its message. */
    private record Outcome(UUID id, int attempt, String failure) {
    }

    private int settle(DSLContext dsl, List<Outcome> outcomes, Instant now) {
        int delivered = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.failure() == null) {
                delivered += end(dsl, outcome.id(), Status.DELIVERED, null, now);
            } else if (outcome.attempt() >= retry.maxAttempts()) {
                end(dsl, outcome.id(), Status.DEAD, outcome.failure(), now);
            } else {
                dsl.update(NOTICES).set(NOTICES.LAST_FAILURE, outcome.failure()).where(NOTICES.ID.eq(outcome.id())).execute();
            }
        }
        return delivered;
    }

    private static int end(DSLContext dsl, UUID id, Status status, String failure, Instant now) {
        return dsl.update(NOTICES)
                .set(NOTICES.STATUS, status.name())
                .set(NOTICES.ENDED_AT, now)
                .set(NOTICES.LAST_FAILURE, DSL.coalesce(DSL.val(failure, NOTICES.LAST_FAILURE), NOTICES.LAST_FAILURE))
                .where(NOTICES.ID.eq(id))
                .and(NOTICES.STATUS.eq(Status.PENDING.name()))
                .execute();
    }
}
