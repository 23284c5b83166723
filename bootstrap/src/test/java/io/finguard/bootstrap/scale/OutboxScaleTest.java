package io.finguard.bootstrap.scale;

import static io.finguard.bootstrap.scale.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The outbox with 3 dispatchers (one per instance, FOR UPDATE SKIP LOCKED, one leased message at a time) delivers
 * every code to the gateway: one POST each when all is well; when a dispatcher is SIGKILLed mid-batch, the message
 * it had in flight is sent again when its lease ends, with the same message id (body and Idempotency-Key), so the
 * gateway keeps exactly one delivery per message; and when the gateway fails for a while, retries back off (bounded
 * attempts per message, no storm) and every message arrives once after it recovers, none dead.
 */
@Tag("scale")
class OutboxScaleTest {
    private static ScaleSystem system;

    @BeforeAll
    static void up() {
        system = ScaleSystem.shared();
    }

    @Test
    void everyCodeReachesTheGatewayExactlyOnceOverThreeDispatchers() {
        List<String> phones = requestCodes(ScaleSystem.full() ? 90 : 30);

        awaitNonePending(phones, Duration.ofSeconds(60));

        Map<String, List<RecordingGateway.Delivery>> byPhone = deliveriesTo(phones);
        assertThat(byPhone.keySet()).containsExactlyInAnyOrderElementsOf(phones);
        assertThat(byPhone.values()).allSatisfy(d -> assertThat(d).hasSize(1));
        assertThat(statuses(phones)).containsOnly("DELIVERED");
        assertThat(posts(byPhone)).as("POSTs per message").containsOnly(1);
        assertThat(system.gateway.badSignatures()).isZero();
    }

    @Test
    void whenADispatcherIsKilledMidBatchEveryMessageArrivesAndTheGatewayKeepsOneCopy() {
        system.gateway.delayEach(Duration.ofMillis(300));
        FinGuardProcess victim = system.instance(0);
        List<String> phones;
        int duplicatesBefore = system.gateway.duplicates();
        try {
            phones = requestCodes(ScaleSystem.full() ? 60 : 30);
            int before = system.gateway.deliveries().size();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (system.gateway.deliveries().size() < before + 3 && System.nanoTime() < deadline) {
                FinGuardProcess.sleep(20);
            }
            victim.kill();
        } finally {
            system.gateway.delayEach(Duration.ZERO);
        }
        victim.start();

        awaitNonePending(phones, Duration.ofSeconds(90));

        Map<String, List<RecordingGateway.Delivery>> byPhone = deliveriesTo(phones);
        assertThat(byPhone.keySet()).containsExactlyInAnyOrderElementsOf(phones);
        assertThat(byPhone.values()).allSatisfy(d -> assertThat(d).hasSize(1));
        assertThat(statuses(phones)).containsOnly("DELIVERED");
        // Only the message the killed dispatcher had in flight can arrive twice, with its id, and is dropped.
        int resent = system.gateway.duplicates() - duplicatesBefore;
        assertThat(resent).as("copies of delivered messages").isLessThanOrEqualTo(1);
        assertThat(posts(byPhone)).as("POSTs per message").allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        Figures.record("OutboxScaleTest", "copies re-sent after SIGKILL of a dispatcher mid-batch (dropped by Idempotency-Key)", resent,
                "messages", phones.size() + " codes, gateway 300 ms per request, the dispatcher killed after the first deliveries");
    }

    @Test
    void whenTheGatewayFailsForAWhileRetriesBackOffAndEveryMessageArrivesOnceAfterItRecovers() {
        Duration outage = ScaleSystem.full() ? Duration.ofSeconds(60) : Duration.ofSeconds(15);
        int refusedBefore = system.gateway.refusedPosts();
        system.gateway.failFor(outage);
        long started = System.nanoTime();
        List<String> phones = requestCodes(20);

        awaitNonePending(phones, outage.plusSeconds(90));
        Duration allDelivered = Duration.ofNanos(System.nanoTime() - started);

        Map<String, List<RecordingGateway.Delivery>> byPhone = deliveriesTo(phones);
        assertThat(byPhone.keySet()).containsExactlyInAnyOrderElementsOf(phones);
        assertThat(byPhone.values()).allSatisfy(d -> assertThat(d).hasSize(1));
        assertThat(statuses(phones)).containsOnly("DELIVERED");
        Set<String> ids = byPhone.values().stream().map(d -> d.getFirst().id()).collect(Collectors.toSet());
        int maxPosts = system.gateway.postsById().entrySet().stream().filter(e -> ids.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
        // Backoff 1 s doubling to 60 s: within an outage of T seconds a message is tried about log2(T) + 2 times.
        int bound = 2 + (int) Math.ceil(Math.log(outage.toSeconds()) / Math.log(2)) + 1;
        assertThat(maxPosts).as("attempts at one message").isLessThanOrEqualTo(bound);
        Figures.record("OutboxScaleTest", "attempts per message, at most, through a gateway outage", maxPosts, "POSTs",
                "outage " + outage.toSeconds() + " s, 20 codes; bound " + bound);
        Figures.record("OutboxScaleTest", "refused POSTs during the outage, all messages", system.gateway.refusedPosts() - refusedBefore,
                "POSTs", "outage " + outage.toSeconds() + " s, 20 codes");
        Figures.record("OutboxScaleTest", "all 20 codes delivered after the outage began", allDelivered.toMillis() / 1000.0, "s",
                "outage " + outage.toSeconds() + " s");
    }

    private static List<Integer> posts(Map<String, List<RecordingGateway.Delivery>> byPhone) {
        Map<String, Integer> posts = system.gateway.postsById();
        return byPhone.values().stream().map(d -> posts.getOrDefault(d.getFirst().id(), 0)).toList();
    }

    /** One code for each of n fresh phones, each from a client of its own, over the instances in turn. */
    private static List<String> requestCodes(int n) {
        List<String> phones = java.util.stream.IntStream.range(0, n).mapToObj(i -> Journeys.freshPhone()).toList();
        List<Answer> answers = Burst.of(n, i -> Client.fresh().send(system.instance(i + 1), "POST", "/v1/auth/otp",
                json("phone", phones.get(i))));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(202));
        return phones;
    }

    private static void awaitNonePending(List<String> phones, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (system.queryLong("SELECT count(*) FROM outbox WHERE status = 'PENDING' AND phone_index IN (" + system.phoneIndexList(phones) + ")") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("outbox messages still pending after " + timeout);
            }
            FinGuardProcess.sleep(250);
        }
        FinGuardProcess.sleep(500); // a copy still in flight from a dispatcher arrives before the count
    }

    private static List<String> statuses(List<String> phones) {
        return system.queryStrings("SELECT status FROM outbox WHERE phone_index IN (" + system.phoneIndexList(phones) + ")");
    }

    private static Map<String, List<RecordingGateway.Delivery>> deliveriesTo(List<String> phones) {
        Set<String> wanted = Set.copyOf(phones);
        return system.gateway.deliveries().stream().filter(d -> wanted.contains(d.to()))
                .collect(Collectors.groupingBy(RecordingGateway.Delivery::to));
    }
}
