package io.finguard.adapters.persistence.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.persistence.TestDatabase;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** One holder at a time: a second instance's turn is skipped while the first runs, and the lock is free again after. */
class AdvisoryLockTest {
    private static final long KEY = 0x7e57_0021L;

    @Test
    void whileOneRunsTheWorkAnotherSkipsItAndAfterwardsItIsFreeAgain() throws Exception {
        AdvisoryLock first = new AdvisoryLock(TestDatabase.shared().dataSource(), KEY);
        AdvisoryLock second = new AdvisoryLock(TestDatabase.shared().dataSource(), KEY);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> first.runIfFree(() -> {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();

        AtomicBoolean ranMeanwhile = new AtomicBoolean();
        assertThat(second.runIfFree(() -> ranMeanwhile.set(true))).isFalse();
        assertThat(ranMeanwhile).isFalse();

        release.countDown();
        assertThat(holder.get(30, TimeUnit.SECONDS)).isTrue();
        AtomicBoolean ranAfter = new AtomicBoolean();
        assertThat(second.runIfFree(() -> ranAfter.set(true))).isTrue();
        assertThat(ranAfter).isTrue();
    }
}
