package io.finguard.bootstrap.scale;

import static io.finguard.bootstrap.scale.Client.bearer;
import static io.finguard.bootstrap.scale.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Limits are global, not per instance: requests spread round-robin over the 3 instances (all at once) stop at
 * exactly the cap, because the count lives in the Redis Cluster and each check is one atomic script in one slot.
 */
@Tag("scale")
class GlobalLimitsScaleTest {
    private static ScaleSystem system;
    private static Journeys journeys;

    @BeforeAll
    static void up() {
        system = ScaleSystem.shared();
        journeys = new Journeys(system);
    }

    @Test
    void codesForOnePhoneFromManyClientsOverAllInstancesStopAtOnePerCooldown() {
        String phone = Journeys.freshPhone();
        List<Answer> answers = Burst.of(30, i -> Client.fresh().send(system.instance(i), "POST", "/v1/auth/otp", json("phone", phone)));

        assertThat(answers).filteredOn(a -> a.status() == 202).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 202)
                .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(429));
        Figures.record("GlobalLimitsScaleTest", "per-phone sends accepted of 30 at once over 3 instances", count(answers, 202),
                "requests", "cap: 1 per resend cooldown (30 s)");
    }

    @Test
    void codesFromOneClientOverAllInstancesStopAtThePerNetworkCap() {
        Client client = Client.fresh();
        List<Answer> answers = Burst.of(32, i -> client.send(system.instance(i), "POST", "/v1/auth/otp",
                json("phone", Journeys.freshPhone())));

        assertThat(answers).filteredOn(a -> a.status() == 202).hasSize(20);
        assertThat(answers).filteredOn(a -> a.status() != 202)
                .allSatisfy(a -> assertThat(a.status()).as(a.toString()).isEqualTo(429));
        Figures.record("GlobalLimitsScaleTest", "per-network sends accepted of 32 at once over 3 instances", count(answers, 202),
                "requests", "cap: 20 per 10 min per IPv4 address");
    }

    @Test
    void wrongPinsOverAllInstancesLockAfterExactlyFiveAndThenTheRightPinIsRefused() {
        Member member = journeys.signUp();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(member.client().send(system.instance(i), "POST", "/v1/auth/step-up",
                    json("method", "pin", "secret", wrongPin(member)), "Authorization", bearer(member.accessToken())).status());
        }
        Answer right = member.client().send(system.instance(8), "POST", "/v1/auth/step-up",
                json("method", "pin", "secret", member.pin()), "Authorization", bearer(member.accessToken()));

        // The fifth wrong PIN is evaluated, counted and answered with the lock it triggers.
        assertThat(statuses).containsExactly(401, 401, 401, 401, 429, 429, 429, 429);
        assertThat(evaluated(member)).isEqualTo(5);
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.code()).isEqualTo("step_up_locked");
    }

    @Test
    void aBurstOfWrongPinsAtAllInstancesAtOnceIsEvaluatedAtMostFiveTimes() {
        Member member = journeys.signUp();
        List<Answer> answers = Burst.of(15, i -> member.client().send(system.instance(i), "POST", "/v1/auth/step-up",
                json("method", "pin", "secret", wrongPin(member)), "Authorization", bearer(member.accessToken())));
        Answer right = member.client().send(system.instance(0), "POST", "/v1/auth/step-up",
                json("method", "pin", "secret", member.pin()), "Authorization", bearer(member.accessToken()));

        long evaluated = evaluated(member);
        assertThat(evaluated).isBetween(1L, 5L);
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.toString()).isIn(401, 429));
        assertThat(right.status()).isEqualTo(429);
        Figures.record("GlobalLimitsScaleTest", "wrong PINs evaluated of 15 at once over 3 instances", evaluated,
                "attempts", "cap: 5 failures, then locked; counted in the audit log");
    }

    /** Step-up attempts whose secret was checked, as the audit log (admin API) records them. */
    private static long evaluated(Member member) {
        Answer audit = Journeys.expect(member.client().sendManagement(system.instance(2), "GET",
                "/v1/admin/audit?subject=" + member.userId() + "&limit=500", null, "Authorization", system.adminBearer()), 200);
        long n = 0;
        for (var item : audit.json().get("items")) {
            n += List.of("STEP_UP_FAILED", "STEP_UP_LOCKED", "STEP_UP_SUCCEEDED").contains(item.get("type").asText()) ? 1 : 0;
        }
        return n;
    }

    private static String wrongPin(Member member) {
        return member.pin().equals("402917") ? "402918" : "402917";
    }

    private static double count(List<Answer> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).count();
    }
}
