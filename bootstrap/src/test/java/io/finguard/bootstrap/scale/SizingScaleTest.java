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
 * The figures of the sizing guide in operations.md: PostgreSQL rows written and table reads and Redis commands per
 * flow, and reads, refreshes and PIN
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
        Member[] latest = members.toArray(Member[]::new);
        double refreshes = rate(window, members.size(), (worker, n) -> latest[worker] = latest[worker].withTokens(Journeys.expect(
                journeys.refresh(latest[worker].client(), system.instance(n), latest[worker].refreshToken()), 200)));
        // Argon2id verifications, as many at once as the instances hash at once (HASH_CONCURRENCY = cores), so none
        // waits for a slot. Each member may be hashed 10 times in 10 minutes: 7 step-ups (3 in CI) and at most 2 repeats
        // of one refused with 503 and Retry-After (a slot not free within its wait on a machine this busy).
        int hashers = Math.min(members.size(), ScaleSystem.INSTANCES * cores);
        int stepUps = ScaleSystem.full() ? 7 : 3;
        AtomicInteger loggedIn = new AtomicInteger();
        long start = System.nanoTime();
        Burst.of(hashers, w -> {
            Member m = latest[w];
            int repeats = 0;
            for (int n = 0; n < stepUps; n++) {
                // Each step-up replaces the session: the next one needs the new access token.
                Answer answer = m.client().send(system.instance(w + n), "POST", "/v1/auth/step-up",
                        json("method", "pin", "secret", m.pin()), "Authorization", bearer(m.accessToken()));
                if (answer.status() == 503 && answer.headers().firstValue("Retry-After").isPresent() && repeats++ < 2) {
                    n--;
                    FinGuardProcess.sleep(1000);
                    continue;
                }
                m = m.withTokens(Journeys.expect(answer, 200));
                loggedIn.incrementAndGet();
            }
            return null;
        });
        double logins = loggedIn.get() / (Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);

        assertThat(reads).isPositive();
        String note = "3 instances, PostgreSQL, 6 Redis nodes and the load generator share " + cores + " cores (load "
                + String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ")";
        Figures.record("SizingScaleTest", "reads (GET /v1/me) per second per core", reads / cores, "req/s/core", note);
        Figures.record("SizingScaleTest", "refreshes per second per core", refreshes / cores, "req/s/core", note);
        Figures.record("SizingScaleTest", "PIN logins (Argon2id step-ups, 19 MiB, t=2) per second per core", logins / cores, "req/s/core", note);
    }

    /**
     * Database work from pg_stat_user_tables without the outbox table (which the 3 dispatchers poll all the time):
     * rows written (inserted, updated, deleted) and table reads (index and sequential scans). Redis commands from
     * INFO stats of the masters, less what the probes themselves cost.
     */
    private static void perFlow(String flow, int n, IntConsumer run) {
        long probe0 = system.redisCommandsOnMasters();
        long probe1 = system.redisCommandsOnMasters();
        long probeCost = probe1 - probe0;
        long[] db0 = tableStats();
        for (int i = 0; i < n; i++) {
            run.accept(i);
        }
        long redis = system.redisCommandsOnMasters() - probe1 - probeCost;
        // A backend reports its table statistics when idle, at the latest 10 s later (PGSTAT_IDLE_INTERVAL).
        FinGuardProcess.sleep(11_000);
        long[] db1 = tableStats();
        Figures.record("SizingScaleTest", "rows written per " + flow, (db1[0] - db0[0]) / (double) n, "rows",
                n + " flows; pg_stat_user_tables, outbox table excluded");
        Figures.record("SizingScaleTest", "table reads (index + sequential scans) per " + flow, (db1[1] - db0[1]) / (double) n, "scans",
                n + " flows; pg_stat_user_tables, outbox table excluded");
        Figures.record("SizingScaleTest", "Redis commands per " + flow, redis / (double) n, "commands", n + " flows; INFO stats of the masters");
    }

    private static long[] tableStats() {
        String where = " FROM pg_stat_user_tables WHERE relname NOT IN ('outbox', 'flyway_schema_history')";
        return new long[] {system.queryLong("SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0)" + where),
            system.queryLong("SELECT coalesce(sum(coalesce(idx_scan, 0) + seq_scan), 0)" + where)};
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
