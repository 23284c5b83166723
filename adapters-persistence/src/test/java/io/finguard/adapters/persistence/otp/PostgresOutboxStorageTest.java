package io.finguard.adapters.persistence.otp;

import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.persistence.ClearText;
import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.adapters.persistence.TestDatabase;
import io.finguard.adapters.persistence.jooq.tables.records.OutboxRecord;
import io.finguard.domain.fixtures.InMemoryCodeSealer;
import io.finguard.domain.fixtures.RecordingCourier;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.Sealed;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxCourier;
import io.finguard.domain.port.out.OutboxMessage;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * What the outbox leaves in its table: a waiting code only sealed, with its key id, and not even that once the
 * message is delivered, expired or dead.
 */
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
    void aWaitingSealedCodeIsStoredWithItsKeyIdAndWipedInTheSameStatementThatMarksItDelivered() {
        OutboxMessage message = enqueued(Samples.outboxMessage(phone(), T0));
        assertThat(row(message).getSealedCode()).isEqualTo(message.sealedCode().bytes());
        assertThat(row(message).getCodeKeyId()).isEqualTo(message.sealedCode().keyId());

        outbox.dispatch(new RecordingCourier(), 10_000, T0.plusSeconds(1));

        OutboxRecord row = row(message);
        assertThat(row.getStatus()).isEqualTo("DELIVERED");
        assertThat(row.getSealedCode()).isNull();
        assertThat(row.getEndedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(row.getAttempts()).isEqualTo(1);
    }

    @Test
    void aMessageWaitingBecauseTheGatewayIsDownHoldsNoCodeInClearInAnyColumn() {
        OtpCode code = SampleValues.otpCode();
        InMemoryCodeSealer sealer = new InMemoryCodeSealer();
        OutboxMessage message = enqueued(Samples.outboxMessage(phone(), T0, code, sealer));
        RecordingCourier down = new RecordingCourier();
        down.failNext(Integer.MAX_VALUE);

        outbox.dispatch(down, 10_000, T0.plusSeconds(1));

        assertThat(row(message).getStatus()).isEqualTo("PENDING");
        assertThat(down.attemptsTo(message.to())).isEqualTo(1);
        String digits = code.digits();
        String stored = sql.fetchSingle("SELECT o::text FROM outbox o WHERE o.id = ?", message.id()).into(String.class);
        assertThat(stored).contains(message.id().toString());
        ClearText.assertNotIn(stored, digits, "the outbox row");
        OutboxRecord row = row(message);
        assertThat(sealer.open(new Sealed(row.getCodeKeyId(), row.getSealedCode()), message.id(), message.challenge(),
                message.to())).as("the row still carries the code, sealed").contains(code);
    }

    @Test
    void anExpiredCodeIsWipedUnsent() {
        OutboxMessage message = enqueued(Samples.outboxMessage(phone(), T0));

        outbox.dispatch(new RecordingCourier(), 10_000, message.expiresAt());

        OutboxRecord row = row(message);
        assertThat(row.getStatus()).isEqualTo("EXPIRED");
        assertThat(row.getSealedCode()).isNull();
        assertThat(row.getAttempts()).isZero();
    }

    @Test
    void aDeadMessageLosesItsCodeAndKeepsOnlyTheFailureKind() {
        OutboxMessage message = enqueued(Samples.outboxMessage(phone(), T0, T0.plus(Duration.ofDays(1))));
        RecordingCourier failing = new RecordingCourier();
        failing.failNextTo(message.to(), 100);

        for (int minute = 0; minute < 30; minute++) {
            outbox.dispatch(failing, 10_000, T0.plus(Duration.ofMinutes(minute)));
        }

        OutboxRecord row = row(message);
        assertThat(row.getStatus()).isEqualTo("DEAD");
        assertThat(row.getSealedCode()).isNull();
        assertThat(row.getAttempts()).isEqualTo(OutboxRetry.defaults().maxAttempts());
        assertThat(row.getLastFailure()).isEqualTo("DependencyUnavailableException");
    }

    @Test
    void theGatewayIsCalledWithNoRowLockHeldAndAnotherDispatcherDoesNotSendTheSameMessage() throws Exception {
        OutboxMessage message = enqueued(Samples.outboxMessage(phone(), T0));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        OutboxCourier slow = delivered -> {
            if (delivered.to().equals(message.to())) {
                sending.countDown();
                awaitQuietly(release);
            }
        };
        RecordingCourier other = new RecordingCourier();
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
        assertThat(sql.fetchCount(OUTBOX, OUTBOX.ID.eq(message.id()).and(OUTBOX.SEALED_CODE.isNotNull()))).isZero();
        assertThat(sql.fetchValue(DSL.select(DSL.count()).from(OUTBOX).where(OUTBOX.STATUS.ne("PENDING")).and(OUTBOX.SEALED_CODE.isNotNull())))
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
