package io.finguard.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class ResourcesTest {
    private final List<String> events = new ArrayList<>();

    private AutoCloseable named(String name) {
        events.add("start " + name);
        return () -> events.add("close " + name);
    }

    @Test
    void closesNewestFirstSoTheServiceStopsBeforeItsServers() {
        Resources resources = new Resources();
        resources.start(() -> named("postgres"));
        resources.start(() -> named("redis"));
        resources.start(() -> named("service"));

        resources.close();

        assertThat(events).containsExactly("start postgres", "start redis", "start service",
                "close service", "close redis", "close postgres");
    }

    @Test
    void keepsClosingPastAFailureAndReportsEveryFailure() {
        Resources resources = new Resources();
        resources.start(() -> named("postgres"));
        resources.start(() -> () -> {
            throw new IllegalStateException("redis stuck");
        });
        resources.start(() -> () -> {
            throw new IllegalStateException("service stuck");
        });

        assertThatThrownBy(resources::close)
                .hasRootCauseMessage("service stuck")
                .satisfies(failure -> assertThat(failure.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("redis stuck"));
        assertThat(events).containsExactly("start postgres", "close postgres");
    }

    @Test
    void closingTwiceClosesEachResourceOnceAndNothingStartsAfterwards() {
        Resources resources = new Resources();
        resources.start(() -> named("service"));

        resources.close();
        resources.close();

        assertThatThrownBy(() -> resources.start(() -> named("late"))).hasMessageContaining("stopping");
        assertThat(events).containsExactly("start service", "close service");
    }

    @Test
    void aStopDuringAStartWaitsForItAndThenClosesIt() throws Exception {
        Resources resources = new Resources();
        CountDownLatch starting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread starter = Thread.ofVirtual().start(() -> resources.start(() -> {
            starting.countDown();
            await(release);
            return named("postgres");
        }));
        starting.await();
        Thread stopper = Thread.ofPlatform().start(resources::close);
        while (stopper.getState() != Thread.State.BLOCKED) {
            Thread.onSpinWait(); // the stop is now waiting for the start to finish
        }
        release.countDown();
        starter.join();
        stopper.join();

        assertThat(events).containsExactly("start postgres", "close postgres");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
