package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.out.Notice;
import io.finguard.domain.port.out.NoticeKind;
import io.finguard.domain.port.out.Notices;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Notices} outbox does: a notice waits until delivered, a failure is retried later, an expired one is dropped. */
public abstract class NoticesContract extends PersistenceContract {

    private Notices notices() {
        return ports.notices();
    }

    private Notice enqueued(Instant at, Duration lifetime) {
        Notice notice = new Notice(UUID.randomUUID(), phone(), NoticeKind.PHONE_NUMBER_CHANGED, at, at.plus(lifetime));
        runInTx(() -> notices().enqueue(notice));
        return notice;
    }

    @Test
    void aNoticeWaitsUntilDeliveredThenIsGone() {
        Notice notice = enqueued(T0, Duration.ofDays(1));
        assertThat(notices().pending()).contains(notice);

        List<Notice> sent = new ArrayList<>();
        // Other tests may share the store: deliver until ours went.
        for (int i = 0; i < 20 && !sent.contains(notice); i++) {
            notices().dispatch(sent::add, 1000, T0.plusSeconds(1));
        }

        assertThat(sent).contains(notice);
        assertThat(notices().pending()).doesNotContain(notice);
    }

    @Test
    void aFailedDeliveryIsKeptAndRetriedAfterTheBackoff() {
        Notice notice = enqueued(T0, Duration.ofDays(1));
        notices().dispatch(n -> {
            throw new IllegalStateException("gateway down");
        }, 1000, T0.plusSeconds(1));
        assertThat(notices().pending()).contains(notice);

        List<Notice> sent = new ArrayList<>();
        for (int i = 0; i < 20 && !sent.contains(notice); i++) {
            notices().dispatch(sent::add, 1000, T0.plusSeconds(120));
        }
        assertThat(sent).contains(notice);
    }

    @Test
    void anExpiredNoticeIsNeverSent() {
        Notice notice = enqueued(T0, Duration.ofMinutes(1));
        List<Notice> sent = new ArrayList<>();

        notices().dispatch(sent::add, 1000, T0.plus(Duration.ofMinutes(2)));

        assertThat(sent).doesNotContain(notice);
        assertThat(notices().pending()).doesNotContain(notice);
    }

    /**
     * A dispatcher that is still sending a batch keeps every notice of it: another dispatcher that runs while the first is
     * slow (beyond the first retry delay) sends none of them a second time. Found when the notices had a claim of their
     * own that leased a whole batch for the first retry delay only.
     */
    @Test
    void aNoticeStillBeingSentIsNotSentAgainByAnotherDispatcher() throws Exception {
        Notice first = enqueued(T0, Duration.ofDays(1));
        Notice second = enqueued(T0, Duration.ofDays(1));
        List<Notice> sent = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < 20 && !sent.contains(second); i++) {
                notices().dispatch(n -> {
                    if (n.equals(first)) {
                        var twin = other.submit(() -> notices().dispatch(sent::add, 1000, T0.plusSeconds(6)));
                        try {
                            twin.get(1, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (java.util.concurrent.TimeoutException stillWaiting) {
                            // a store that makes dispatchers take turns: the twin runs after this one, and finds nothing due
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    sent.add(n);
                }, 1000, T0.plusSeconds(1));
            }
        } finally {
            other.shutdown();
            other.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        assertThat(sent).filteredOn(first::equals).hasSize(1);
        assertThat(sent).filteredOn(second::equals).hasSize(1);
    }
}
