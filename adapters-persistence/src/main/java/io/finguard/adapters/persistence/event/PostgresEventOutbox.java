package io.finguard.adapters.persistence.event;

import static io.finguard.adapters.persistence.jooq.Tables.EVENT_DELIVERIES;

import io.finguard.adapters.persistence.FlatJson;
import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.jooq.tables.EventDeliveries;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.RenderedStatement;
import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.EventCourier;
import io.finguard.domain.port.out.EventOutbox;
import io.finguard.domain.event.QueuedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;

/**
 * The event outbox in event_deliveries, one row per event and subscriber, dispatched as the code outbox is (ADR 0005):
 * one due row claimed at a time with {@code FOR UPDATE SKIP LOCKED}, its attempt counted and leased for
 * {@link #IN_FLIGHT_LEASE} in that short transaction, the subscriber called with no transaction open, the outcome
 * settled afterwards. A row is due only while no earlier row of its user and subscriber is pending (in flight included),
 * which keeps each user's events in order per subscriber on any number of dispatchers (ADR 0017).
 */
public final class PostgresEventOutbox implements EventOutbox {
    private enum Status { PENDING, DELIVERED, DEAD }

    /** Above the webhook sender's worst case (5 s to connect, 10 s for the answer). */
    static final Duration IN_FLIGHT_LEASE = Duration.ofSeconds(30);

    private static final EventDeliveries D = EVENT_DELIVERIES;
    private static final EventDeliveries EARLIER = EVENT_DELIVERIES.as("earlier");
    private static final Field<String[]> KEYS = FlatJson.keys(D.DATA);
    private static final Field<String[]> VALUES = FlatJson.values(D.DATA);
    private static final List<SelectField<?>> COLUMNS = List.of(D.EVENT_ID, D.SUBSCRIBER, D.USER_ID, D.TYPE, D.OCCURRED_AT, KEYS,
            VALUES, D.ATTEMPTS, D.LAST_FAILURE);

    // Every session that ends publishes: rendered once (RenderedStatement).
    private static final RenderedStatement QUEUE = RenderedStatement.of(dsl -> dsl.insertInto(D)
            .set(D.EVENT_ID, RenderedStatement.param(D.EVENT_ID))
            .set(D.SUBSCRIBER, RenderedStatement.param(D.SUBSCRIBER))
            .set(D.USER_ID, RenderedStatement.param(D.USER_ID))
            .set(D.TYPE, RenderedStatement.param(D.TYPE))
            .set(D.OCCURRED_AT, RenderedStatement.param(D.OCCURRED_AT))
            .set(D.DATA, FlatJson.object(FlatJson.param("data_keys"), FlatJson.param("data_values")))
            .set(D.STATUS, DSL.inline(Status.PENDING.name()))
            .set(D.ATTEMPTS, DSL.inline(0))
            .set(D.NEXT_ATTEMPT_AT, RenderedStatement.param(D.NEXT_ATTEMPT_AT)));
    private final JooqTransactions transactions;
    private final List<String> subscribers;
    private final OutboxRetry retry;

    public PostgresEventOutbox(JooqTransactions transactions, List<String> subscribers, OutboxRetry retry) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.subscribers = List.copyOf(subscribers);
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    @Override
    public void publish(EventEnvelope event) {
        DSLContext dsl = transactions.dsl();
        FlatJson.Pairs data = FlatJson.Pairs.of(event.data());
        for (String subscriber : subscribers) {
            QUEUE.execute(dsl, Map.of(D.EVENT_ID.getName(), event.id(), D.SUBSCRIBER.getName(), subscriber,
                    D.USER_ID.getName(), event.user().value(), D.TYPE.getName(), event.type(), D.OCCURRED_AT.getName(), event.at(),
                    "data_keys", data.keys(), "data_values", data.values(), D.NEXT_ATTEMPT_AT.getName(), event.at()));
        }
    }

    @Override
    public int dispatch(EventCourier courier, int batch, Instant now) {
        long started = System.nanoTime();
        int delivered = 0;
        for (int i = 0; i < batch; i++) {
            // The lease runs from the claim, not from the start of this dispatch: `now` is when the dispatch began.
            Instant claimedAt = now.plusNanos(System.nanoTime() - started);
            Optional<QueuedEvent> claimed = transactions.inTransaction(() -> claim(transactions.dsl(), now, claimedAt));
            if (claimed.isEmpty()) {
                break;
            }
            QueuedEvent delivery = claimed.get();
            String failure = send(courier, delivery);
            delivered += transactions.inTransaction(() -> settle(transactions.dsl(), delivery, failure, now));
        }
        return delivered;
    }

    /** The next due delivery whose user has nothing earlier pending for that subscriber, its attempt counted and leased. */
    private Optional<QueuedEvent> claim(DSLContext dsl, Instant now, Instant claimedAt) {
        Condition nothingEarlier = DSL.notExists(DSL.selectOne().from(EARLIER)
                .where(EARLIER.SUBSCRIBER.eq(D.SUBSCRIBER))
                .and(EARLIER.USER_ID.eq(D.USER_ID))
                .and(EARLIER.STATUS.eq(Status.PENDING.name()))
                .and(EARLIER.SEQ.lt(D.SEQ)));
        Optional<QueuedEvent> due = dsl.select(COLUMNS).from(D)
                .where(D.STATUS.eq(Status.PENDING.name()))
                .and(D.NEXT_ATTEMPT_AT.le(now))
                .and(nothingEarlier)
                .orderBy(D.NEXT_ATTEMPT_AT, D.SEQ)
                .limit(1)
                .forUpdate().of(D)
                .skipLocked()
                .fetchOptional(PostgresEventOutbox::queued);
        due.ifPresent(d -> dsl.update(D)
                .set(D.ATTEMPTS, d.attempts() + 1)
                .set(D.NEXT_ATTEMPT_AT, claimedAt.plus(IN_FLIGHT_LEASE))
                .where(D.EVENT_ID.eq(d.event().id())).and(D.SUBSCRIBER.eq(d.subscriber()))
                .execute());
        return due;
    }

    private static QueuedEvent queued(Record row) {
        EventEnvelope event = new EventEnvelope(row.get(D.EVENT_ID), row.get(D.TYPE), UserId.of(row.get(D.USER_ID)),
                row.get(D.OCCURRED_AT), FlatJson.map(row.get(KEYS), row.get(VALUES)));
        return new QueuedEvent(row.get(D.SUBSCRIBER), event, row.get(D.ATTEMPTS), Optional.ofNullable(row.get(D.LAST_FAILURE)));
    }

    /** Null when delivered, else the failure's exception class name (never its message: it may quote the answer). */
    private static String send(EventCourier courier, QueuedEvent delivery) {
        try {
            courier.deliver(delivery);
            return null;
        } catch (RuntimeException e) {
            // A failing subscriber is expected: the attempt is already counted; settling schedules the retry.
            return e.getClass().getSimpleName();
        }
    }

    private int settle(DSLContext dsl, QueuedEvent delivery, String failure, Instant now) {
        int attempt = delivery.attempts() + 1;
        Condition row = D.EVENT_ID.eq(delivery.event().id()).and(D.SUBSCRIBER.eq(delivery.subscriber()))
                .and(D.STATUS.eq(Status.PENDING.name()));
        if (failure == null) {
            return dsl.update(D).set(D.STATUS, Status.DELIVERED.name()).set(D.ENDED_AT, now).where(row).execute();
        }
        if (attempt >= retry.maxAttempts()) {
            dsl.update(D).set(D.STATUS, Status.DEAD.name()).set(D.ENDED_AT, now).set(D.LAST_FAILURE, failure).where(row).execute();
        } else {
            dsl.update(D).set(D.LAST_FAILURE, failure).set(D.NEXT_ATTEMPT_AT, now.plus(retry.delayAfter(attempt))).where(row).execute();
        }
        return 0;
    }

    @Override
    public List<QueuedEvent> dead(int limit) {
        return inStatus(Status.DEAD, limit);
    }

    @Override
    public int redeliver(UUID eventId, Instant now) {
        return transactions.inTransaction(() -> transactions.dsl().update(D)
                .set(D.STATUS, Status.PENDING.name())
                .set(D.ATTEMPTS, 0)
                .set(D.NEXT_ATTEMPT_AT, now)
                .setNull(D.ENDED_AT)
                .where(D.EVENT_ID.eq(eventId)).and(D.STATUS.eq(Status.DEAD.name()))
                .execute());
    }

    @Override
    public List<QueuedEvent> pending() {
        return inStatus(Status.PENDING, Integer.MAX_VALUE);
    }

    private List<QueuedEvent> inStatus(Status status, int limit) {
        return transactions.inTransaction(() -> transactions.dsl().select(COLUMNS).from(D)
                .where(D.STATUS.eq(status.name()))
                .orderBy(D.SEQ)
                .limit(Math.max(0, limit))
                .fetch(PostgresEventOutbox::queued));
    }
}
