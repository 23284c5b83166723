package io.finguard.adapters.crypto.credential;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.out.DependencyUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The web server runs each request on a virtual thread. A hash computed on the caller's virtual thread holds its
 * carrier for the whole hash, and with as many permits as carriers nothing else runs: not the wait-bound timeout of a
 * caller past the permits (its 503), not another request. Seen at twice the hashing saturation in the scale tests:
 * requests that should have been refused after 2 s were held for up to 37 s.
 */
class Argon2OnVirtualThreadsTest {
    /** Ten passes: about a second per hash, so four in a row keep a permit busy for seconds. */
    private static final Argon2Params SLOW = new Argon2Params(19_456, 10, 1);
    private static final int HASHES_PER_HOLDER = 4;

    @Test
    void whileEveryPermitIsHashingACallerOnAVirtualThreadIsAnsweredWithinTheWaitBound() throws Exception {
        int carriers = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
        var hasher = new Argon2SecretHasher(SecretHashingConfig.defaults(Argon2SecretHasherTest.RING_1).withParams(SLOW)
                .withConcurrency(carriers, Duration.ofMillis(100)));
        AtomicInteger holdersDone = new AtomicInteger();
        try (ExecutorService virtualThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> holders = new ArrayList<>();
            for (int i = 0; i < carriers; i++) {
                holders.add(virtualThreads.submit(() -> {
                    for (int n = 0; n < HASHES_PER_HOLDER; n++) {
                        hasher.hash("holder " + n);
                    }
                    holdersDone.incrementAndGet();
                }));
            }
            awaitAllPermitsBusy(hasher, carriers);

            long start = System.nanoTime();
            Future<String> excess = virtualThreads.submit(() -> {
                try {
                    hasher.hash("one caller too many");
                    return "served";
                } catch (DependencyUnavailableException e) {
                    return "refused";
                }
            });
            String outcome = excess.get(120, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            int doneWhenAnswered = holdersDone.get();

            assertThat(doneWhenAnswered).as("holders done when the excess caller was answered (%s after %s)", outcome, took)
                    .isZero();
            assertThat(took).as(outcome).isLessThan(Duration.ofSeconds(2));
            for (Future<?> holder : holders) {
                holder.get(120, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitAllPermitsBusy(Argon2SecretHasher hasher, int permits) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (hasher.inFlight() < permits && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(hasher.inFlight()).as("hashes running").isEqualTo(permits);
    }
}
