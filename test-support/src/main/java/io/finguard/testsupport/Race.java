package io.finguard.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Runs the same task on n threads released together (every thread waits at a latch until all are ready) and
 * collects what each returned or threw.
 */
public final class Race {
    /** One thread's result: a value, or the exception it ended with. */
    public record Outcome<T>(T value, Throwable failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    private Race() {
    }

    public static <T> List<Outcome<T>> run(int threads, Callable<T> task) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            ready.await();
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(60, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (TimeoutException e) {
                    outcomes.add(new Outcome<>(null, e));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    public static <T> long count(List<Outcome<T>> outcomes, Predicate<Outcome<T>> which) {
        return outcomes.stream().filter(which).count();
    }

    /** Prints one line of figures for the report. */
    public static void report(String race, String figures) {
        System.out.println("[race] " + race + ": " + figures);
    }
}
