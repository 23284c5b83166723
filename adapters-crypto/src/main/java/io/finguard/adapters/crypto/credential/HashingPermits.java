package io.finguard.adapters.crypto.credential;

import io.finguard.domain.port.out.DependencyUnavailableException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Lets a bounded number of memory-hard hashes run at once. Excess callers wait a bounded time, then get
 * {@link DependencyUnavailableException} so the API can answer 503 instead of piling up threads and memory.
 */
final class HashingPermits {
    static final String DEPENDENCY = "password-hashing";
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);

    // Fair, so that under sustained load the longest-waiting caller goes next instead of timing out.
    private final Semaphore semaphore;
    private final long maxWaitNanos;
    private final AtomicLong waits = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();

    HashingPermits(int permits, Duration maxWait) {
        this.semaphore = new Semaphore(permits, true);
        this.maxWaitNanos = maxWait.toNanos();
    }

    <T> T run(Supplier<T> work) {
        acquire();
        inFlight.incrementAndGet();
        try {
            return work.get();
        } finally {
            inFlight.decrementAndGet();
            semaphore.release();
        }
    }

    private void acquire() {
        try {
            if (semaphore.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return;
            }
            waits.incrementAndGet();
            if (semaphore.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                return;
            }
            timeouts.incrementAndGet();
            throw new DependencyUnavailableException(DEPENDENCY, RETRY_AFTER, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailableException(DEPENDENCY, RETRY_AFTER, e);
        }
    }

    long waits() {
        return waits.get();
    }

    long timeouts() {
        return timeouts.get();
    }

    int inFlight() {
        return inFlight.get();
    }
}
