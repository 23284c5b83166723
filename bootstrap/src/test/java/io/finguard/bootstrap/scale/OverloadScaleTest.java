package io.finguard.bootstrap.scale;

import static io.finguard.bootstrap.scale.Client.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Overload of the read route class: its saturation is measured (closed loop), then an open-loop load at twice that
 * rate runs for 60 s (15 s in CI): refusals are only 503 with Retry-After, the p99 of accepted requests stays
 * bounded, and within seconds after the load the service answers normally.
 */
@Tag("scale")
class OverloadScaleTest {
    private static ScaleSystem system;
    private static Journeys journeys;

    @BeforeAll
    static void up() {
        system = ScaleSystem.shared();
        journeys = new Journeys(system);
    }

    @Test
    @Disabled("waits for resilience (issue 14): load shedding with 503 per route class; before it, excess requests "
            + "queue and time out instead. Remove this line after merging helper/resilience.")
    void atTwiceTheSaturationOfReadsOnlyShedRequestsFailAndTheServiceRecovers() {
        Member member = journeys.signUp();
        String auth = bearer(member.accessToken());
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Burst.of(32, w -> {
            for (int n = w; System.nanoTime() < end; n++) {
                if (member.client().send(system.instance(n), "GET", "/v1/me", null, "Authorization", auth).status() == 200) {
                    done.incrementAndGet();
                }
            }
            return null;
        });
        double saturation = done.get() / 5.0;
        double rate = 2 * saturation;
        Duration length = ScaleSystem.full() ? Duration.ofSeconds(60) : Duration.ofSeconds(15);

        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Boolean>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        long total = (long) (rate * length.toSeconds());
        for (long i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / rate);
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            int n = (int) i;
            inFlight.add(Burst.async(() -> answers.add(member.client().send(system.instance(n), "GET", "/v1/me", null, "Authorization", auth))));
        }
        inFlight.forEach(CompletableFuture::join);

        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isIn(200, 503);
            if (a.status() == 503) {
                assertThat(a.headers().firstValue("Retry-After")).isPresent();
            }
        });
        List<Double> accepted = answers.stream().filter(a -> a.status() == 200).map(a -> a.took().toNanos() / 1e6).toList();
        double p99 = Figures.quantile(new ArrayList<>(accepted), 0.99);
        assertThat(p99).isLessThan(2000);
        FinGuardProcess.sleep(3000);
        assertThat(member.client().send(system.instance(0), "GET", "/v1/me", null, "Authorization", auth).status()).isEqualTo(200);
        Figures.record("OverloadScaleTest", "read saturation (closed loop, 32 clients)", saturation, "req/s", "3 instances");
        Figures.record("OverloadScaleTest", "p99 of accepted reads at 2x saturation", p99, "ms",
                length.toSeconds() + " s at " + Math.round(rate) + " req/s; shed " + (answers.size() - accepted.size()) + " of " + answers.size());
    }
}
