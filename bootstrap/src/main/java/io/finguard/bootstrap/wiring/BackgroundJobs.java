package io.finguard.bootstrap.wiring;

import io.finguard.adapters.persistence.tx.AdvisoryLock;
import io.finguard.application.phone.ResealPhones;
import io.finguard.application.retention.PurgeEndedRecords;
import io.finguard.domain.port.out.EventCourier;
import io.finguard.domain.port.out.EventOutbox;
import io.finguard.domain.port.out.NoticeSender;
import io.finguard.domain.port.out.Notices;
import io.finguard.domain.port.out.Outbox;
import io.finguard.domain.port.out.OutboxCourier;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox dispatcher (every 250 ms, batches of 50; its courier opens each sealed code just before the gateway
 * call), the notice and event dispatchers beside it, and the hourly maintenance: the retention purge, then the reseal
 * of phone numbers still under a previous phone key. Several instances may dispatch at once: the outbox claims rows
 * with SKIP LOCKED. The maintenance runs on one instance at a time (a PostgreSQL advisory lock): the others skip their
 * turn. A failing run is logged by type only and retried at the next tick.
 */
final class BackgroundJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final Duration DISPATCH_EVERY = Duration.ofMillis(250);
    private static final int DISPATCH_BATCH = 50;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final Outbox outbox;
    private final OutboxCourier courier;
    private final Notices notices;
    private final NoticeSender noticeSender;
    private final EventOutbox events;
    private final EventCourier eventCourier;
    private final PurgeEndedRecords purge;
    private final ResealPhones reseal;
    private final AdvisoryLock purgeLock;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2,
            Thread.ofPlatform().name("finguard-jobs-", 0).daemon(true).factory());

    BackgroundJobs(Outbox outbox, OutboxCourier courier, Notices notices, NoticeSender noticeSender, EventOutbox events,
                   EventCourier eventCourier, PurgeEndedRecords purge, ResealPhones reseal, AdvisoryLock purgeLock,
                   Clock clock) {
        this.outbox = outbox;
        this.courier = courier;
        this.notices = notices;
        this.noticeSender = noticeSender;
        this.events = events;
        this.eventCourier = eventCourier;
        this.purge = purge;
        this.reseal = reseal;
        this.purgeLock = purgeLock;
        this.clock = clock;
    }

    void start() {
        scheduler.scheduleWithFixedDelay(this::dispatch, 0, DISPATCH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::maintain, PURGE_EVERY.toMinutes(), PURGE_EVERY.toMinutes(), TimeUnit.MINUTES);
    }

    private void dispatch() {
        try {
            outbox.dispatch(courier, DISPATCH_BATCH, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("outbox dispatch failed: {}", e.getClass().getSimpleName());
        }
        try {
            notices.dispatch(noticeSender, DISPATCH_BATCH, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("notice dispatch failed: {}", e.getClass().getSimpleName());
        }
        try {
            events.dispatch(eventCourier, DISPATCH_BATCH, clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("event dispatch failed: {}", e.getClass().getSimpleName());
        }
    }

    private void maintain() {
        try {
            if (!purgeLock.runIfFree(this::purgeThenReseal)) {
                LOG.info("maintenance skipped: another instance is running it");
            }
        } catch (RuntimeException e) {
            LOG.warn("maintenance failed: {}", e.getClass().getSimpleName());
        }
    }

    /** Both steps every time: a failing purge does not hold back the reseal, nor the other way round. */
    private void purgeThenReseal() {
        try {
            LOG.info("purged {}", purge.run(clock.instant()));
        } catch (RuntimeException e) {
            LOG.warn("purge failed: {}", e.getClass().getSimpleName());
        }
        try {
            ResealPhones.Resealed done = reseal.run();
            LOG.info("resealed {} phone numbers under the current phone key, {} still under a previous key", done.resealed(),
                    done.remaining());
        } catch (RuntimeException e) {
            LOG.warn("phone reseal failed: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() throws InterruptedException {
        scheduler.shutdown();
        if (!scheduler.awaitTermination(5, TimeUnit.SECONDS)) {
            scheduler.shutdownNow();
        }
    }
}
