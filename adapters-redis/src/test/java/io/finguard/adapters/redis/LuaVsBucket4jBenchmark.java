package io.finguard.adapters.redis;

import io.finguard.testsupport.StoppableRedis;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.jedis.Bucket4jJedis;
import io.github.bucket4j.redis.jedis.cas.JedisBasedProxyManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measurement behind choosing hand-written Lua over Bucket4j: the same limit checked 20k times through
 * each, on one thread and on four, against embedded Redis. Not part of the build; run it with
 * {@code ./mvnw -B -o -pl adapters-redis -am test -Dgroups=benchmark -Dfinguard.benchmarks.excluded=
 * -Dtest=LuaVsBucket4jBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class LuaVsBucket4jBenchmark {
    private static final int CHECKS = 20_000;
    private static final int WARM_UP = 2_000;
    private static final Duration PERIOD = Duration.ofMinutes(10);
    private static final LuaScript WINDOW = LuaScript.named("window");

    /** 1000 subjects at the per-IP default (20 per 10 min, each reaches exactly 20), or one hot subject. */
    private record Scenario(String name, int subjects, int capacity) {
    }

    private record Result(String scenario, String implementation, int threads, double opsPerSecond,
                          double p50Micros, double p99Micros, int allowed) {
        String row() {
            return String.format("| %s | %s | %d | %,.0f | %.0f | %.0f | %d |",
                    scenario, implementation, threads, opsPerSecond, p50Micros, p99Micros, allowed);
        }
    }

    private final AtomicLong member = new AtomicLong();

    @Test
    void luaSlidingLogAgainstBucket4jCas() throws Exception {
        StoppableRedis server = StoppableRedis.started();
        int port = server.port();
        RedisConnectionConfig settings = new RedisConnectionConfig(8, Duration.ofSeconds(2), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        List<Result> results = new ArrayList<>();
        try (RedisConnection redis = RedisConnection.open("redis://127.0.0.1:" + port, settings)) {
            JedisBasedProxyManager<byte[]> buckets = Bucket4jJedis.casBasedBuilder(redis.client())
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(PERIOD))
                    .build();
            List<Scenario> scenarios = List.of(new Scenario("1000 subjects", 1000, 20),
                    new Scenario("1 hot subject", 1, 1_000_000));
            int round = 0;
            for (int threads : new int[] {1, 4, 1, 4}) {
                round++;
                for (Scenario scenario : scenarios) {
                    String ns = "bench" + round + scenario.subjects() + ":";
                    BucketConfiguration config = BucketConfiguration.builder()
                            .addLimit(l -> l.capacity(scenario.capacity()).refillIntervally(scenario.capacity(), PERIOD))
                            .build();
                    IntPredicate lua = s -> redis.eval(WINDOW, List.of(ns + "lua:{i:" + s + "}:send"), List.of(
                            String.valueOf(scenario.capacity()), String.valueOf(PERIOD.toMillis()),
                            String.valueOf(member.incrementAndGet()))).get(0) == 0;
                    IntPredicate bucket4j = s -> buckets.builder()
                            .build((ns + "b4j:" + s).getBytes(StandardCharsets.UTF_8), config)
                            .tryConsume(1);
                    results.add(run(scenario, "Lua sliding log (EVALSHA)", threads, lua));
                    results.add(run(scenario, "Bucket4j 8.17 CAS", threads, bucket4j));
                }
            }
        } finally {
            server.stop();
        }
        List<String> table = new ArrayList<>(List.of(
                "| scenario | implementation | threads | checks/s | p50 us | p99 us | allowed |",
                "|---|---|---|---|---|---|---|"));
        results.forEach(r -> table.add(r.row()));
        table.forEach(System.out::println);
        Files.write(Path.of("target", "lua-vs-bucket4j.md"), table);
        // Same limit, same answers: every one of the 20k checks fits its subject's capacity in both.
        assertThat(results).allSatisfy(r -> assertThat(r.allowed()).isEqualTo(CHECKS));
    }

    private static Result run(Scenario scenario, String implementation, int threads, IntPredicate check)
            throws InterruptedException, IOException {
        for (int i = 0; i < WARM_UP; i++) {
            check.test(10_000_000 + i); // subjects of their own, so the measured counts start empty
        }
        long[] latencies = new long[CHECKS];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger allowed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = next.getAndIncrement(); i < CHECKS; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    boolean ok = check.test(i % scenario.subjects());
                    latencies[i] = System.nanoTime() - start;
                    if (ok) {
                        allowed.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        go.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        return new Result(scenario.name(), implementation, threads, CHECKS / seconds,
                latencies[CHECKS / 2] / 1e3, latencies[CHECKS * 99 / 100] / 1e3, allowed.get());
    }
}
