package io.finguard.bootstrap.scale;

import static io.finguard.bootstrap.scale.Client.bearer;
import static io.finguard.bootstrap.scale.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.testsupport.RedisProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Dependencies that fail under the running instances, which are never restarted: a Redis Cluster master killed with
 * a replica (the client follows the failover), a master killed without one (the routes it guards answer 503 with
 * Retry-After until it returns), and PostgreSQL restarted (503 during, answers after). Each test repairs what it broke.
 */
@Tag("scale")
class OutageScaleTest {
    private static ScaleSystem system;
    private static Journeys journeys;

    @BeforeAll
    static void up() {
        system = ScaleSystem.shared();
        journeys = new Journeys(system);
    }

    @Test
    void whenAMasterWithAReplicaIsKilledTheServiceRecoversAfterFailoverWithoutRestart() {
        int starts = totalStarts();
        RedisProcess master = system.redis.masters().getFirst();
        assertThat(system.redis.replicaOf(master)).isPresent();

        master.kill();
        long killed = System.nanoTime();
        List<Integer> seen = untilAccepted(i -> sendCode(i), Duration.ofSeconds(60));
        Duration recovered = Duration.ofNanos(System.nanoTime() - killed);

        assertThat(seen).allSatisfy(s -> assertThat(s).isIn(202, 503));
        assertThat(totalStarts()).isEqualTo(starts);
        Figures.record("OutageScaleTest", "OTP sends answered again after SIGKILL of a Redis master with a replica",
                recovered.toMillis(), "ms", "cluster-node-timeout 1 s; answers meanwhile: " + summary(seen));
        master.start();
        system.redis.awaitHealthy(Duration.ofSeconds(60));
    }

    @Test
    void whenAMasterWithoutAReplicaIsKilledItsRoutesAnswer503UntilItReturns() {
        RedisProcess master = system.redis.masters().getFirst();
        RedisProcess replica = system.redis.replicaOf(master).orElseThrow();
        replica.kill();
        FinGuardProcess.sleep(3000); // the cluster marks the replica failed; the master still serves its slots
        master.kill();
        try {
            FinGuardProcess.sleep(4000); // several node timeouts: nothing takes over without a replica
            List<Answer> during = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                during.add(sendCodeAnswer(i));
            }
            assertThat(during).allSatisfy(a -> {
                assertThat(a.status()).as(a.toString()).isEqualTo(503);
                assertThat(a.headers().firstValue("Retry-After")).isPresent();
            });
        } finally {
            master.start();
        }
        long back = System.nanoTime();
        List<Integer> seen = untilAccepted(i -> sendCode(i), Duration.ofSeconds(60));
        // While the returned master is empty (no scripts) and the cluster settles: 503 or an answer, never a 500.
        assertThat(seen).allSatisfy(s -> assertThat(s).isIn(202, 503));
        Figures.record("OutageScaleTest", "OTP sends answered again after the replica-less master returned",
                Duration.ofNanos(System.nanoTime() - back).toMillis(), "ms", "answers meanwhile: " + summary(seen));
        replica.start();
        system.redis.awaitHealthy(Duration.ofSeconds(60));
    }

    @Test
    void whenPostgresRestartsReadsAnswer503AndThenRecover() {
        Member member = journeys.signUp();
        system.postgres.stop();
        List<Answer> during = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                during.add(me(member, i));
            }
        } finally {
            system.postgres.start();
        }
        long back = System.nanoTime();
        List<Integer> seen = untilAccepted(i -> {
            int status = me(member, i).status();
            return status == 200 ? 202 : status;
        }, Duration.ofSeconds(60));

        assertThat(during).allSatisfy(a -> {
            assertThat(a.status()).as(a.toString()).isEqualTo(503);
            assertThat(a.headers().firstValue("Retry-After")).isPresent();
        });
        Figures.record("OutageScaleTest", "reads answered again after PostgreSQL restarted", Duration.ofNanos(System.nanoTime() - back).toMillis(),
                "ms", "answers meanwhile: " + summary(seen));
        system.awaitAllReady(Duration.ofSeconds(60));
    }

    private static Answer me(Member member, int i) {
        return member.client().send(system.instance(i), "GET", "/v1/me", null, "Authorization", bearer(member.accessToken()));
    }

    private static int sendCode(int i) {
        return sendCodeAnswer(i).status();
    }

    private static Answer sendCodeAnswer(int i) {
        return Client.fresh().send(system.instance(i), "POST", "/v1/auth/otp", json("phone", Journeys.freshPhone()));
    }

    /** Polls every 200 ms over the instances until a call answers 202; returns every status seen. */
    private static List<Integer> untilAccepted(IntFunction<Integer> call, Duration timeout) {
        List<Integer> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int i = 0; ; i++) {
            int status = call.apply(i);
            seen.add(status);
            if (status == 202) {
                return seen;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not recovered within " + timeout + "; statuses " + summary(seen));
            }
            FinGuardProcess.sleep(200);
        }
    }

    private static String summary(List<Integer> statuses) {
        return statuses.stream().collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.TreeMap::new,
                java.util.stream.Collectors.counting())).toString();
    }

    private static int totalStarts() {
        return system.instances.stream().mapToInt(FinGuardProcess::starts).sum();
    }
}
