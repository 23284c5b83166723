package io.finguard.bootstrap.scale;

import static io.finguard.bootstrap.scale.Client.bearer;
import static io.finguard.bootstrap.scale.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The figures of the sizing guide in operations.md: PostgreSQL transactions and Redis commands per flow (the
 * background outbox polling of the 3 instances measured while idle and subtracted), and reads, refreshes and PIN
 * logins (Argon2id step-ups) per second over the 3 instances, divided by this machine's cores.
 */
@Tag("scale")
class SizingScaleTest {
    private static ScaleSystem system;
    private static Journeys journeys;

    @BeforeAll
    static void up() {
        system = ScaleSystem.shared();
        journeys = new Journeys(system);
    }

    @Test
    void operationsPerFlow() {
        Member member = journeys.fullAndStepped(journeys.signUp());
        Member payee = journeys.signUp();
        journeys.fund(member, 1_000_000);
        String[] refresh = {member.refreshToken()};
        perFlow("signup (S1-S5, 7 requests)", 3, n -> journeys.signUp());
        perFlow("refresh", 20, n -> refresh[0] = Journeys.expect(journeys.refresh(member.client(), journeys.next(), refresh[0]), 200)
                .text("/tokens/refreshToken"));
        perFlow("read (GET /v1/me)", 20, n -> Journeys.expect(member.client().send(journeys.next(), "GET", "/v1/me", null,
                "Authorization", bearer(member.accessToken())), 200));
        perFlow("transfer", 10, n -> Journeys.expect(journeys.transfer(member, journeys.next(), payee.phone(), 100,
                "size-" + UUID.randomUUID()), 201));
    }

    @Test
    void throughputPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        Duration window = ScaleSystem.full() ? Duration.ofSeconds(20) : Duration.ofSeconds(5);
        List<Member> members = Burst.of(8, i -> journeys.signUp());

        double reads = rate(window, 16, (worker, n) -> Journeys.expect(members.get(worker % members.size()).client().send(system.instance(n),
                "GET", "/v1/me", null, "Authorization", bearer(members.get(worker % members.size()).accessToken())), 200));
        String[] tokens = members.stream().map(Member::refreshToken).toArray(String[]::new);
        double refreshes = rate(window, members.size(), (worker, n) -> tokens[worker] = Journeys.expect(
                journeys.refresh(members.get(worker).client(), system.instance(n), tokens[worker]), 200).text("/tokens/refreshToken"));
        // Argon2id verifications: each member may be hashed for 10 times in 10 minutes, so 9 step-ups each.
        long start = System.nanoTime();
        Burst.of(members.size(), w -> {
            Member m = members.get(w);
            for (int n = 0; n < 9; n++) {
                Journeys.expect(m.client().send(system.instance(w + n), "POST", "/v1/auth/step-up", json("method", "pin", "secret", m.pin()),
                        "Authorization", bearer(m.accessToken())), 200);
            }
            return null;
        });
        double logins = members.size() * 9 / (Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);

        assertThat(reads).isPositive();
        String note = "3 instances, PostgreSQL, 6 Redis nodes and the load generator share " + cores + " cores (load "
                + String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ")";
        Figures.record("SizingScaleTest", "reads (GET /v1/me) per second per core", reads / cores, "req/s/core", note);
        Figures.record("SizingScaleTest", "refreshes per second per core", refreshes / cores, "req/s/core", note);
        Figures.record("SizingScaleTest", "PIN logins (Argon2id step-ups, 19 MiB, t=2) per second per core", logins / cores, "req/s/core", note);
    }

    private static void perFlow(String flow, int n, IntConsumer run) {
        long redis0 = system.redisCommandsOnMasters();
        long db0 = transactions();
        FinGuardProcess.sleep(3000);
        long redis1 = system.redisCommandsOnMasters();
        long db1 = transactions();
        double redisIdle = (redis1 - redis0) / 3.0;
        double dbIdle = (db1 - db0) / 3.0;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            run.accept(i);
        }
        FinGuardProcess.sleep(1500); // statistics reach pg_stat_database within a second of a transaction's end
        double seconds = (System.nanoTime() - start) / 1e9;
        double redis = (system.redisCommandsOnMasters() - redis1 - redisIdle * seconds) / n;
        double db = (transactions() - db1 - dbIdle * seconds) / n;
        Figures.record("SizingScaleTest", "PostgreSQL transactions per " + flow, db, "tx", n + " flows, idle rate " + String.format("%.1f", dbIdle) + "/s subtracted");
        Figures.record("SizingScaleTest", "Redis commands per " + flow, redis, "commands", n + " flows, idle rate " + String.format("%.1f", redisIdle) + "/s subtracted");
    }

    private static long transactions() {
        return system.queryLong("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()");
    }

    /** Requests per second of {@code workers} threads, each calling in a loop for the window. */
    private static double rate(Duration window, int workers, java.util.function.BiConsumer<Integer, Integer> call) {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + window.toNanos();
        long start = System.nanoTime();
        Burst.of(workers, w -> {
            for (int n = w; System.nanoTime() < end; n++) {
                call.accept(w, n);
                done.incrementAndGet();
            }
            return null;
        });
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
