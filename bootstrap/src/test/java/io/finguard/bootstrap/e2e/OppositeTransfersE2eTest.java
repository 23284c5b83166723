package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Transfers A->B and B->A at the same moment on real PostgreSQL: both accounts are locked in id order, so none
 * deadlocks (a deadlock would surface as a 5xx), every one completes, and the money only moves, never appears.
 */
class OppositeTransfersE2eTest {
    private static final int EACH_WAY = 10;
    private static final long FUNDS = 100_000;
    private static final long AMOUNT = 100;

    private final E2eStack stack = E2eStack.shared();
    private final Onboarding onboarding = stack.onboarding();
    private final ApiClient api = onboarding.api();

    private Member fullAndFunded() {
        Member member = onboarding.stepUp(onboarding.upgradeToFull(onboarding.signUp()));
        onboarding.fund(member, FUNDS);
        return member;
    }

    @Test
    void oppositeTransfersInParallelAllCompleteAndConserveMoney() throws Exception {
        Member a = fullAndFunded();
        Member b = fullAndFunded();
        // Each trusts the other (with its fresh step-up), so the race is between payments, not authorisations.
        Payments payments = new Payments(api);
        payments.trust(a, b.phone());
        payments.trust(b, a.phone());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2 * EACH_WAY)) {
            for (int i = 0; i < EACH_WAY; i++) {
                statuses.add(pool.submit(transfer(start, a, b, "a-to-b-" + i)));
                statuses.add(pool.submit(transfer(start, b, a, "b-to-a-" + i)));
            }
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(201);
            }
        }
        assertThat(balance(a)).isEqualTo(FUNDS);
        assertThat(balance(b)).isEqualTo(FUNDS);
        assertThat(sentToday(a)).isEqualTo(EACH_WAY * AMOUNT);
    }

    private java.util.concurrent.Callable<Integer> transfer(CountDownLatch start, Member from, Member to, String key) {
        String body = json("recipientPhone", to.phone(), "amount", object("minor", AMOUNT, "currency", "EUR"));
        return () -> {
            start.await();
            return api.post("/v1/transfers", body, "Authorization", bearer(from.accessToken()), "Idempotency-Key", key).status();
        };
    }

    private long balance(Member member) {
        return api.get("/v1/me", "Authorization", bearer(member.accessToken())).json().at("/balance/minor").asLong();
    }

    private long sentToday(Member member) {
        return api.get("/v1/me", "Authorization", bearer(member.accessToken())).json().at("/sentToday/minor").asLong();
    }
}
