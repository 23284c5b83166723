package io.finguard.adapters.persistence;

import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.persistence.jooq.tables.records.OutboxRecord;
import io.finguard.domain.fixtures.RecordingOtpSender;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.OtpSender;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxMessage;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** What the outbox leaves in its table: no readable code once a message is delivered, expired or dead. */
class PostgresOutboxStorageTest {
    private final PostgresPorts ports = PostgresPorts.shared();
    private final Outbox outbox = ports.outbox();
    private final DSLContext sql = TestDatabase.shared().sql();

    private OutboxMessage enqueued(OutboxMessage message) {
        ports.transactions().inTransaction(() -> {
            outbox.enqueue(message);
            return null;
        });
        return message;
    }

    private OutboxRecord row(OutboxMessage message) {
        return sql.selectFrom(OUTBOX).where(OUTBOX.ID.eq(message.id())).fetchSingle();
    }

    @Test
    void aWaitingCodeIsStoredAndWipedInTheSameStatementThatMarksItDelivered() {
        OutboxMessage message = enqueued(Samples.outboxMessage(phone(), T0));
        assertThat(row(message).getCode()).isEqualTo(message.code().digits());

        outbox.dispatch(new RecordingOtpSender(), 10_000, T0.plusSeconds(1));

        OutboxRecord row = row(message);
        assertThat(row.getStatus()).isEqualTo("DELIVERED");
        assertThat(row.getCode()).isNull();
        assertThat(row.getEndedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(row.getAttempts()).isEqualTo(1);
    }

    @Test
    void anExpiredCodeIsWipedUnsent() {
        OutboxMessage message = enqueued(Samples.outboxMessage(phone(), T0));

        outbox.dispatch(new RecordingOtpSender(), 10_000, message.expiresAt());

        OutboxRecord row = row(message);
        assertThat(row.getStatus()).isEqualTo("EXPIRED");
        assertThat(row.getCode()).isNull();
        assertThat(row.getAttempts()).isZero();
    }

    @Test
    void aDeadMessageLosesItsCodeAndKeepsOnlyTheFailureKind() {
        OutboxMessage message = enqueued(new OutboxMessage(java.util.UUID.randomUUID(), io.finguard.domain.fixtures.SampleValues.challengeId(),
                phone(), io.finguard.domain.fixtures.SampleValues.otpCode(), T0, T0.plus(Duration.ofDays(1))));
        RecordingOtpSender failing = new RecordingOtpSender();
        failing.failNextTo(message.to(), 100);

        for (int minute = 0; minute < 30; minute++) {
            outbox.dispatch(failing, 10_000, T0.plus(Duration.ofMinutes(minute)));
        }

        OutboxRecord row = row(message);
        assertThat(row.getStatus()).isEqualTo("DEAD");
        assertThat(row.getCode()).isNull();
        assertThat(row.getAttempts()).isEqualTo(OutboxRetry.defaults().maxAttempts());
        assertThat(row.getLastFailure()).isEqualTo("DependencyUnavailableException");
    }

    @Test
    void theGatewayIsCalledWithNoRowLockHeldAndAnotherDispatcherDoesNotSendTheSameMessage() throws Exception {
        OutboxMessage message = enqueued(Samples.outboxMessage(phone(), T0));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OtpSender slow = (PhoneNumber to, OtpCode code) -> {
            if (to.equals(message.to())) {
                sending.countDown();
                awaitQuietly(release);
            }
        };
        RecordingOtpSender other = new RecordingOtpSender();
        Thread first = Thread.ofPlatform().start(() -> outbox.dispatch(slow, 10_000, T0.plusSeconds(1)));
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();

        // While the first dispatcher is inside the gateway call, the row is not locked (NOWAIT would fail) ...
        OutboxRecord locked = sql.transactionResult(tx -> tx.dsl().selectFrom(OUTBOX)
                .where(OUTBOX.ID.eq(message.id())).forUpdate().noWait().fetchSingle());
        // ... and a second dispatcher at the same instant finds it leased, not due.
        outbox.dispatch(other, 10_000, T0.plusSeconds(1));
        release.countDown();
        first.join(10_000);

        assertThat(locked.getNextAttemptAt()).isAfter(T0.plusSeconds(1));
        assertThat(other.attemptsTo(message.to())).isZero();
        assertThat(row(message).getStatus()).isEqualTo("DELIVERED");
        assertThat(sql.fetchCount(OUTBOX, OUTBOX.ID.eq(message.id()).and(OUTBOX.CODE.isNotNull()))).isZero();
        assertThat(sql.fetchValue(DSL.select(DSL.count()).from(OUTBOX).where(OUTBOX.STATUS.ne("PENDING")).and(OUTBOX.CODE.isNotNull())))
                .isZero();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
