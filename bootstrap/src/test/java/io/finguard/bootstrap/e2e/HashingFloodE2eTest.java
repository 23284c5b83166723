package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Slow hashing is a shared pool (security.md: every route that hashes is limited per subject and per client network,
 * one request hashes at most twice). One signup ticket that repeats its credentials and profile steps as fast as
 * it can, from several addresses at once, must not starve another user: that user's step-ups during the flood work.
 */
class HashingFloodE2eTest {
    private static final int FLOODERS = 48;
    private static final int CLIENTS = 4;
    private static final int VICTIM_STEP_UPS = 3;
    private static final int FLOOD_ANSWERS_BETWEEN_STEP_UPS = 40;

    private final E2eStack stack = E2eStack.shared();

    @Test
    void aFloodOfSignupStepsFromOneTicketLeavesAnotherUsersStepUpWorking() throws Exception {
        Member victim = stack.onboarding().signUp();
        Onboarding attacker = stack.onboarding();
        String phone = Phones.fresh();
        String ticket = attacker.signupTicket(attacker.requestCode(phone), Onboarding.newDevice());
        String password = Onboarding.newPassword();
        String pin = Onboarding.newPin(phone);
        Onboarding.expect(attacker.setCredentials(ticket, password, pin), 200);

        List<ApiClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(stack.client());
        }
        AtomicBoolean flooding = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> floodAnswers = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(FLOODERS);
        List<Future<?>> flood = new ArrayList<>();
        for (int i = 0; i < FLOODERS; i++) {
            Onboarding flooder = new Onboarding(clients.get(i % CLIENTS), stack.management(), stack.sms(), stack.adminToken());
            flood.add(pool.submit(() -> {
                while (flooding.get()) {
                    count(floodAnswers, flooder.setCredentials(ticket, password, pin));
                    count(floodAnswers, flooder.completeProfile(ticket));
                }
            }));
        }
        List<Integer> victimAnswers = new ArrayList<>();
        try {
            Member current = victim;
            for (int i = 0; i < VICTIM_STEP_UPS; i++) {
                // Each step-up goes in while the flood is in full swing: after another batch of flood answers.
                awaitFloodAnswers(floodAnswers, (i + 1) * FLOOD_ANSWERS_BETWEEN_STEP_UPS);
                ApiResponse steppedUp = stack.client().post("/v1/auth/step-up", json("method", "pin", "secret", current.pin()),
                        "Authorization", bearer(current.accessToken()));
                victimAnswers.add(steppedUp.status());
                if (steppedUp.status() == 200) {
                    current = current.withTokensOf(steppedUp.json());
                }
            }
        } finally {
            flooding.set(false);
            for (Future<?> flooder : flood) {
                flooder.get();
            }
            pool.shutdown();
        }
        Map<Integer, Integer> floodCounts = new TreeMap<>();
        floodAnswers.forEach((status, n) -> floodCounts.put(status, n.get()));
        System.out.println("[e2e] hashing flood from one ticket: " + floodCounts + "; the other user's step-ups " + victimAnswers);

        assertThat(victimAnswers).as("the other user's step-ups during the flood").containsOnly(200);
    }

    private static void awaitFloodAnswers(Map<Integer, AtomicInteger> answers, int atLeast) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (answers.values().stream().mapToInt(AtomicInteger::get).sum() < atLeast) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the flood did not reach " + atLeast + " answers within 60 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000); // poll the condition; no spinning on two cores
        }
    }

    private static void count(Map<Integer, AtomicInteger> answers, ApiResponse response) {
        answers.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
    }
}
