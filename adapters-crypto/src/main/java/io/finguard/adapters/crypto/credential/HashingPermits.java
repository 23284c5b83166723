package io.finguard.adapters.crypto.credential;

import io.finguard.domain.port.out.DependencyUnavailableException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Lets a bounded number of memory-hard hashes run at once. Excess callers wait a bounded time, then get
 * {@link DependencyUnavailableException} so the API can answer 503 instead of piling up threads and memory.
 * The hashes run on platform threads of their own, one per permit, while the caller waits parked: requests arrive on
 * virtual threads, and a CPU-bound hash on one would hold its carrier until it ends, so with as many permits as
 * carriers nothing else would run, not even the timeouts that turn excess callers into 503s.
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
    private final ThreadPoolExecutor hashingThreads;

    HashingPermits(int permits, Duration maxWait) {
        this.semaphore = new Semaphore(permits, true);
        this.maxWaitNanos = maxWait.toNanos();
        // As many threads as permits, so a hash that has its permit never queues; daemons, idle ones end after a minute.
        this.hashingThreads = new ThreadPoolExecutor(permits, permits, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().name("argon2-", 1).daemon(true).factory());
        hashingThreads.allowCoreThreadTimeOut(true);
    }

    <T> T run(Supplier<T> work) {
        acquire();
        inFlight.incrementAndGet();
        CompletableFuture<T> hash;
        try {
            // The permit is given back when the hash ends, even if its caller stopped waiting for it.
            hash = CompletableFuture.supplyAsync(work, hashingThreads).whenComplete((result, failure) -> {
                inFlight.decrementAndGet();
                semaphore.release();
            });
        } catch (RuntimeException rejected) {
            inFlight.decrementAndGet();
            semaphore.release();
            throw rejected;
        }
        try {
            return hash.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailableException(DEPENDENCY, RETRY_AFTER, e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
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
