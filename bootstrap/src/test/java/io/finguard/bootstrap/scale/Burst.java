package io.finguard.bootstrap.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/** Requests released at the same moment, each on a virtual thread of its own. */
final class Burst {
    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();

    private Burst() {
    }

    /** {@code n} calls released together; call i usually goes to instance i mod 3. */
    static <T> List<T> of(int n, IntFunction<T> call) {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<T>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return call.apply(index);
            }, THREADS));
        }
        go.countDown();
        return futures.stream().map(CompletableFuture::join).toList();
    }

    static CompletableFuture<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, THREADS);
    }

    static <T> CompletableFuture<T> async(java.util.function.Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, THREADS);
    }
}
