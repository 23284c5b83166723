package io.finguard.bootstrap.scale;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * The two loads of the overload tests: a closed loop that measures a route class's saturation (successes per second
 * with many clients sending back to back), then an open loop at a fixed rate that does not slow down when the service
 * does, as real users arriving would not.
 */
final class OpenLoad {
    private OpenLoad() {
    }

    /** What a fixed-rate run got back: every answer, the rate asked for and how long it ran. */
    record Outcome(List<Answer> answers, double rate, Duration length) {
        long count(IntPredicate status) {
            return answers.stream().filter(a -> status.test(a.status())).count();
        }

        /** Answers by status, for the report and for failure messages. */
        Map<Integer, Long> statuses() {
            Map<Integer, Long> byStatus = new TreeMap<>();
            answers.forEach(a -> byStatus.merge(a.status(), 1L, Long::sum));
            return byStatus;
        }

        /** The q-quantile in milliseconds of the answers with the status of success. */
        double quantileOf(int success, double q) {
            return Figures.quantile(new ArrayList<>(answers.stream().filter(a -> a.status() == success)
                    .map(a -> a.took().toNanos() / 1e6).toList()), q);
        }

        /** The longest any answer (accepted, refused or cut off) took, in milliseconds. */
        double longest() {
            return answers.stream().mapToDouble(a -> a.took().toNanos() / 1e6).max().orElse(0);
        }
    }

    /** What a closed loop got: successes per second and the p99 of their times in milliseconds. */
    record Saturation(double rate, double p99) {
    }

    /**
     * The highest success rate of closed loops with more and more clients (each sending request after request for
     * {@code window}), with the p99 of that loop's successes; a client stops early when its request answers null
     * (it has nothing left to send).
     */
    static Saturation saturation(List<Integer> clients, Duration window, int success, IntFunction<Answer> request) {
        Saturation best = new Saturation(0, Double.NaN);
        for (int n : clients) {
            Saturation loop = closedLoop(n, window, success, request);
            if (loop.rate() > best.rate()) {
                best = loop;
            }
        }
        return best;
    }

    private static Saturation closedLoop(int clients, Duration window, int success, IntFunction<Answer> request) {
        ConcurrentLinkedQueue<Double> took = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + window.toNanos();
        Burst.of(clients, w -> {
            while (System.nanoTime() < end) {
                Answer answer = request.apply(next.getAndIncrement());
                if (answer == null) {
                    return null;
                }
                if (answer.status() == success) {
                    took.add(answer.took().toNanos() / 1e6);
                }
            }
            return null;
        });
        double seconds = Math.max(window.toNanos(), System.nanoTime() - start) / 1e9;
        return new Saturation(took.size() / seconds, Figures.quantile(new ArrayList<>(took), 0.99));
    }

    /**
     * Request i is due at start + i / rate and is sent on its own virtual thread whatever the earlier ones are doing,
     * through at most {@code connections} connections per instance (request i goes to instance i mod 3), as a load
     * balancer in front would hold; its time is counted from when it was due, so time spent waiting for a connection
     * is not hidden.
     */
    static Outcome fixedRate(double rate, Duration length, int connections, IntFunction<Answer> request) {
        List<Semaphore> pools = new ArrayList<>();
        for (int i = 0; i < ScaleSystem.INSTANCES; i++) {
            pools.add(new Semaphore(connections));
        }
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Boolean>> sent = new ArrayList<>();
        long start = System.nanoTime();
        long total = (long) Math.ceil(rate * length.toNanos() / 1e9);
        for (int i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            Semaphore pool = pools.get(n % ScaleSystem.INSTANCES);
            sent.add(Burst.async(() -> {
                pool.acquireUninterruptibly();
                try {
                    Answer answer = request.apply(n);
                    return answers.add(new Answer(answer.instance(), answer.path(), answer.status(), answer.headers(), answer.body(),
                            Duration.ofNanos(System.nanoTime() - due)));
                } finally {
                    pool.release();
                }
            }));
        }
        sent.forEach(CompletableFuture::join);
        return new Outcome(List.copyOf(answers), rate, length);
    }
}
