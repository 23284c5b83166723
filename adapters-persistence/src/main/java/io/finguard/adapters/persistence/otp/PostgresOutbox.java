package io.finguard.adapters.persistence.otp;

import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;

import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.PhoneColumns;
import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.jooq.tables.records.OutboxRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.Notice;
import io.finguard.domain.port.out.NoticeKind;
import io.finguard.domain.port.out.NoticeSender;
import io.finguard.domain.port.out.Notices;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxCourier;
import io.finguard.domain.port.out.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The transactional outbox in the outbox table. {@link #dispatch} claims one due message at a time with
 * {@code FOR UPDATE SKIP LOCKED} and, in the same short transaction, counts the attempt and leases the row for
 * {@link #IN_FLIGHT_LEASE} from the moment of the claim: dispatchers on other instances skip it while it is sent
 * (however long the gateway takes for the messages before it), a crash mid-send leads to a retry when the lease
 * ends, a failed send is rescheduled after its backoff, and the SMS gateway is called with no transaction open.
 * Delivery is at least once (a crash between the gateway's answer and the settling transaction sends again, with
 * the same message id). Codes arrive
 * sealed and stay so: this adapter stores and hands on the sealed bytes and never holds a key to open them. Notices
 * (messages without a code) are rows of the same table with their {@link NoticeKind} as kind, claimed the same way
 * through {@link #notices()}; each dispatch takes its own kind of row only.
 */
public final class PostgresOutbox implements Outbox {
    private enum Status { PENDING, DELIVERED, EXPIRED, DEAD }

    private static final Field<byte[]> NO_CODE = DSL.inline(null, OUTBOX.SEALED_CODE);
    private static final String CODE = "CODE";
    private static final Condition CODES = OUTBOX.KIND.eq(CODE);
    private static final Condition NOTICES = OUTBOX.KIND.ne(CODE);
    private static final StoredPhones.Columns PHONE = PhoneColumns.OUTBOX_PHONE;

    /**
     * How long a claimed message is left to its dispatcher: above the SMS sender's worst case (5 s to connect plus
     * 5 s for the answer), so a slow gateway never gets a second copy from another instance.
     */
    static final Duration IN_FLIGHT_LEASE = Duration.ofSeconds(30);

    private final JooqTransactions transactions;
    private final OutboxRetry retry;
    private final StoredPhones phones;

    public PostgresOutbox(JooqTransactions transactions, OutboxRetry retry, StoredPhones phones) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.phones = Objects.requireNonNull(phones, "phones");
    }

    @Override
    public void enqueue(OutboxMessage message) {
        transactions.dsl().executeInsert(phones.put(new OutboxRecord(), PHONE, message.to())
                .with(OUTBOX.ID, message.id())
                .with(OUTBOX.CHALLENGE_ID, message.challenge().value())
                .with(OUTBOX.KIND, CODE)
                .with(OUTBOX.CODE_KEY_ID, message.sealedCode().keyId())
                .with(OUTBOX.SEALED_CODE, message.sealedCode().bytes())
                .with(OUTBOX.STATUS, Status.PENDING.name())
                .with(OUTBOX.CREATED_AT, message.createdAt())
                .with(OUTBOX.EXPIRES_AT, message.expiresAt())
                .with(OUTBOX.ATTEMPTS, 0)
                .with(OUTBOX.PAYMENT, message.payment().orElse(null))
                .with(OUTBOX.NEXT_ATTEMPT_AT, message.createdAt()));
    }

    /** Runs its own short transactions (or joins the caller's, then everything happens in that one). */
    @Override
    public int dispatch(OutboxCourier courier, int batch, Instant now) {
        return dispatch(CODES, row -> courier.deliver(message(row)), batch, now);
    }

    /** The notices in this outbox, as the phone change writes and the notice dispatcher sends them. */
    public Notices notices() {
        return new Notices() {
            @Override
            public void enqueue(Notice notice) {
                transactions.dsl().executeInsert(phones.put(new OutboxRecord(), PHONE, notice.to())
                        .with(OUTBOX.ID, notice.id())
                        .with(OUTBOX.KIND, notice.kind().name())
                        .with(OUTBOX.STATUS, Status.PENDING.name())
                        .with(OUTBOX.CREATED_AT, notice.createdAt())
                        .with(OUTBOX.EXPIRES_AT, notice.expiresAt())
                        .with(OUTBOX.ATTEMPTS, 0)
                        .with(OUTBOX.NEXT_ATTEMPT_AT, notice.createdAt()));
            }

            @Override
            public int dispatch(NoticeSender sender, int batch, Instant now) {
                return PostgresOutbox.this.dispatch(NOTICES, row -> sender.send(notice(row)), batch, now);
            }

            @Override
            public List<Notice> pending() {
                return pendingRows(NOTICES, PostgresOutbox.this::notice);
            }
        };
    }

    private int dispatch(Condition kind, Consumer<OutboxRecord> send, int batch, Instant now) {
        if (batch <= 0) {
            return 0;
        }
        transactions.inTransaction(() -> expire(transactions.dsl(), now));
        long started = System.nanoTime();
        int delivered = 0;
        for (int i = 0; i < batch; i++) {
            // The lease runs from the claim, not from the start of this dispatch: `now` is when the dispatch began.
            Instant claimedAt = now.plusNanos(System.nanoTime() - started);
            List<OutboxRecord> claimed = transactions.inTransaction(() -> claim(transactions.dsl(), kind, now, claimedAt));
            if (claimed.isEmpty()) {
                break;
            }
            Outcome outcome = send(send, claimed.getFirst());
            delivered += transactions.inTransaction(() -> settle(transactions.dsl(), List.of(outcome), now));
        }
        return delivered;
    }

    @Override
    public List<OutboxMessage> pending() {
        return pendingRows(CODES, this::message);
    }

    private <T> List<T> pendingRows(Condition kind, org.jooq.RecordMapper<OutboxRecord, T> mapper) {
        return transactions.inTransaction(() -> transactions.dsl().selectFrom(OUTBOX)
                .where(OUTBOX.STATUS.eq(Status.PENDING.name())).and(kind)
                .orderBy(OUTBOX.CREATED_AT, OUTBOX.ID)
                .fetch(mapper));
    }

    private Notice notice(OutboxRecord row) {
        return new Notice(row.getId(), phones.read(row, PHONE), NoticeKind.valueOf(row.getKind()), row.getCreatedAt(),
                row.getExpiresAt());
    }

    private OutboxMessage message(OutboxRecord row) {
        return new OutboxMessage(row.getId(), ChallengeId.of(row.getChallengeId()), phones.read(row, PHONE),
                new Sealed(row.getCodeKeyId(), row.getSealedCode()), row.getCreatedAt(), row.getExpiresAt(),
                java.util.Optional.ofNullable(row.getPayment()));
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

    /** One due message, its attempt counted and leased to this dispatcher. */
    private List<OutboxRecord> claim(DSLContext dsl, Condition kind, Instant now, Instant claimedAt) {
        List<OutboxRecord> due = dsl.selectFrom(OUTBOX)
                .where(OUTBOX.STATUS.eq(Status.PENDING.name()))
                .and(OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .and(OUTBOX.EXPIRES_AT.gt(now))
                .and(kind)
                .orderBy(OUTBOX.NEXT_ATTEMPT_AT, OUTBOX.CREATED_AT)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetch();
        for (OutboxRecord row : due) {
            int attempt = row.getAttempts() + 1;
            row.setAttempts(attempt);
            dsl.update(OUTBOX)
                    .set(OUTBOX.ATTEMPTS, attempt)
                    .set(OUTBOX.NEXT_ATTEMPT_AT, claimedAt.plus(IN_FLIGHT_LEASE))
                    .where(OUTBOX.ID.eq(row.getId()))
                    .execute();
        }
        return due;
    }

    /** What happened to one claimed message; {@code failure} is an exception class name, never its message. */
    private record Outcome(UUID id, int attempt, String failure) {
    }

    private static Outcome send(Consumer<OutboxRecord> send, OutboxRecord row) {
        try {
            send.accept(row);
            return new Outcome(row.getId(), row.getAttempts(), null);
        } catch (RuntimeException e) {
            // A failing gateway is expected: the attempt is already counted; settling schedules the retry.
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
                dsl.update(OUTBOX).set(OUTBOX.LAST_FAILURE, outcome.failure())
                        .set(OUTBOX.NEXT_ATTEMPT_AT, now.plus(retry.delayAfter(outcome.attempt())))
                        .where(OUTBOX.ID.eq(outcome.id())).execute();
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
