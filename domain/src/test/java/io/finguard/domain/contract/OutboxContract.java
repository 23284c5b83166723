package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.outboxMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.RecordingCourier;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} does. Retry schedule: after the n-th failed send the message waits
 * min({@link #FIRST_RETRY_DELAY} x 2^(n-1), {@link #MAX_RETRY_DELAY}); after {@link #MAX_ATTEMPTS} failures it is
 * dead. A code is never sent at or after its expiry. Dispatch runs outside the caller's transaction. The courier
 * gets each message exactly as it was enqueued: the outbox carries the sealed code and never opens it.
 */
public abstract class OutboxContract extends PersistenceContract {
    public static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(1);
    public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(60);
    public static final int MAX_ATTEMPTS = 8;
    private static final int ALL = 10_000;

    private final RecordingCourier courier = new RecordingCourier();

    private Outbox outbox() {
        return ports.outbox();
    }

    private OutboxMessage enqueued(Instant at) {
        OutboxMessage message = outboxMessage(phone(), at);
        runInTx(() -> outbox().enqueue(message));
        return message;
    }

    private boolean isPending(OutboxMessage message) {
        return outbox().pending().stream().anyMatch(m -> m.id().equals(message.id()));
    }

    @Test
    void anEnqueuedMessageIsPendingWithAllItsFields() {
        OutboxMessage message = enqueued(T0);

        assertThat(outbox().pending()).contains(message);
    }

    @Test
    void aDueMessageIsHandedToTheCourierOnceWithItsSealedCodeIntactAndLeavesThePendingList() {
        OutboxMessage message = enqueued(T0);

        int delivered = outbox().dispatch(courier, ALL, T0.plusSeconds(1));
        outbox().dispatch(courier, ALL, T0.plusSeconds(2));

        assertThat(delivered).isGreaterThanOrEqualTo(1);
        assertThat(courier.deliveredTo(message.to())).containsExactly(message);
        assertThat(isPending(message)).isFalse();
    }

    @Test
    void aMessageWhoseTransactionRolledBackIsNeverSent() {
        OutboxMessage message = outboxMessage(phone(), T0);

        assertThatThrownBy(() -> runInTx(() -> {
            outbox().enqueue(message);
            throw new IllegalStateException("the challenge could not be written");
        })).isInstanceOf(IllegalStateException.class);
        outbox().dispatch(courier, ALL, T0.plusSeconds(1));

        assertThat(courier.attemptsTo(message.to())).isZero();
        assertThat(isPending(message)).isFalse();
    }

    @Test
    void aFailedSendIsRetriedNotBeforeTheFirstDelayAndThenDelivered() {
        OutboxMessage message = enqueued(T0);
        Instant failedAt = T0.plusSeconds(1);
        courier.failNextTo(message.to(), 1);

        outbox().dispatch(courier, ALL, failedAt);
        assertThat(isPending(message)).isTrue();
        outbox().dispatch(courier, ALL, failedAt.plus(FIRST_RETRY_DELAY).minusMillis(1));
        assertThat(courier.attemptsTo(message.to())).isEqualTo(1);
        outbox().dispatch(courier, ALL, failedAt.plus(FIRST_RETRY_DELAY));

        assertThat(courier.attemptsTo(message.to())).isEqualTo(2);
        assertThat(courier.deliveredTo(message.to())).containsExactly(message);
        assertThat(isPending(message)).isFalse();
    }

    @Test
    void theWaitDoublesAfterEachFailureUpToTheCap() {
        OutboxMessage message = enqueued(T0);
        courier.failNextTo(message.to(), MAX_ATTEMPTS - 1);
        Instant at = T0.plusSeconds(1);
        for (int failure = 1; failure < MAX_ATTEMPTS; failure++) {
            outbox().dispatch(courier, ALL, at);
            assertThat(courier.attemptsTo(message.to())).as("attempt %d made", failure).isEqualTo(failure);
            Duration wait = FIRST_RETRY_DELAY.multipliedBy(1L << (failure - 1));
            wait = wait.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : wait;
            outbox().dispatch(courier, ALL, at.plus(wait).minusMillis(1));
            assertThat(courier.attemptsTo(message.to())).as("no retry before %s after failure %d", wait, failure).isEqualTo(failure);
            at = at.plus(wait);
        }

        outbox().dispatch(courier, ALL, at);

        assertThat(courier.deliveredTo(message.to())).containsExactly(message);
        assertThat(courier.attemptsTo(message.to())).isEqualTo(MAX_ATTEMPTS);
    }

    @Test
    void afterTheLastFailedAttemptTheMessageIsDeadAndNeverTriedAgain() {
        OutboxMessage message = outboxMessage(phone(), T0, T0.plus(Duration.ofDays(1)));
        runInTx(() -> outbox().enqueue(message));
        courier.failNextTo(message.to(), MAX_ATTEMPTS + 5);

        for (int minute = 0; minute < 30; minute++) {
            outbox().dispatch(courier, ALL, T0.plus(Duration.ofMinutes(minute)));
        }

        assertThat(courier.attemptsTo(message.to())).isEqualTo(MAX_ATTEMPTS);
        assertThat(courier.deliveredTo(message.to())).isEmpty();
        assertThat(isPending(message)).isFalse();
    }

    @Test
    void anExpiredCodeIsDroppedUnsent() {
        OutboxMessage message = enqueued(T0);

        outbox().dispatch(courier, ALL, message.expiresAt());

        assertThat(courier.attemptsTo(message.to())).isZero();
        assertThat(isPending(message)).isFalse();
    }

    @Test
    void aCodeThatExpiresWhileWaitingForItsRetryIsNeverSent() {
        OutboxMessage message = enqueued(T0);
        courier.failNextTo(message.to(), 1);
        outbox().dispatch(courier, ALL, message.expiresAt().minusMillis(500));

        outbox().dispatch(courier, ALL, message.expiresAt().plusSeconds(1));

        assertThat(courier.attemptsTo(message.to())).isEqualTo(1);
        assertThat(courier.deliveredTo(message.to())).isEmpty();
        assertThat(isPending(message)).isFalse();
    }

    @Test
    void oneDispatchDeliversAtMostTheBatch() {
        List<OutboxMessage> mine = List.of(enqueued(T0), enqueued(T0), enqueued(T0));

        int first = outbox().dispatch(courier, 1, T0.plusSeconds(1));

        assertThat(first).isEqualTo(1);
        assertThat(courier.totalDelivered()).isEqualTo(1);
        outbox().dispatch(courier, ALL, T0.plusSeconds(2));
        mine.forEach(m -> assertThat(courier.deliveredTo(m.to())).containsExactly(m));
    }

    @Test
    void concurrentDispatchersDeliverEachMessageExactlyOnce() throws Exception {
        List<OutboxMessage> mine = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            mine.add(enqueued(T0));
        }
        int dispatchers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int d = 0; d < dispatchers; d++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 5; round++) {
                        outbox().dispatch(courier, 3, T0.plusSeconds(1));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // A straggler the racing dispatchers skipped (locked by another) goes out on the next run, still only once.
        outbox().dispatch(courier, ALL, T0.plusSeconds(2));

        mine.forEach(m -> assertThat(courier.deliveredTo(m.to())).as("deliveries to one phone").containsExactly(m));
    }

    /**
     * A gateway slower than the first retry delay: while one dispatcher is still sending a message, another one
     * running later (past that delay) does not send it again. The claim leases the message for the send.
     */
    @Test
    void aMessageStillBeingSentIsNotSentAgainByAnotherDispatcher() throws Exception {
        OutboxMessage message = enqueued(T0);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            outbox().dispatch(m -> {
                if (m.id().equals(message.id())) {
                    Future<Integer> second = other.submit(() -> outbox().dispatch(courier, ALL, T0.plus(FIRST_RETRY_DELAY).plusSeconds(4)));
                    try {
                        second.get(1, TimeUnit.SECONDS); // a twin that makes dispatchers take turns still waits here
                    } catch (java.util.concurrent.TimeoutException stillWaiting) {
                        // the other dispatcher waits for this one: it cannot send twice either
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                courier.deliver(m);
            }, ALL, T0.plusSeconds(1));
        } finally {
            other.shutdown();
            other.awaitTermination(30, TimeUnit.SECONDS);
        }

        assertThat(courier.attemptsTo(message.to())).isEqualTo(1);
        assertThat(courier.deliveredTo(message.to())).containsExactly(message);
    }
}
