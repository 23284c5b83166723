package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parallel guesses at a PIN or password over HTTP (security.md: an attempt at a slow secret is reserved before
 * the hash). Forty wrong guesses fired at once from several client addresses: at most the five the lockout allows
 * are evaluated (counted in the audit log), and the right secret sent while the burst is still running is refused.
 * For a step-up ticket of a login and for an access token of a live session, with the PIN and with the password.
 */
class StepUpBurstE2eTest {
    private static final int BURST = 40;
    private static final int LOCKOUT_FAILURES = 5;
    private static final int CLIENTS = 4;
    private static final List<String> EVALUATED = List.of("STEP_UP_FAILED", "STEP_UP_LOCKED", "STEP_UP_SUCCEEDED");

    private static E2eStack stack;
    private static Member pinByTicket;
    private static Member passwordByTicket;
    private static ExecutorService pool;

    /** A ticket needs a second code for the phone, 30 s after the first: these two sign up before the others run. */
    @BeforeAll
    static void membersWhoWillLogInAgain() {
        stack = E2eStack.shared();
        pinByTicket = stack.onboarding().signUp();
        passwordByTicket = stack.onboarding().signUp();
        pool = Executors.newFixedThreadPool(BURST);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void aBurstOfWrongPinsWithAnAccessTokenIsEvaluatedAtMostFiveTimesAndTheRightPinIsRefused() {
        Member member = stack.onboarding().signUp();
        assertBurstIsBounded(member, "pin", member.pin(), "402917", "an access token", bearer(member.accessToken()));
    }

    @Test
    void aBurstOfWrongPasswordsWithAnAccessTokenIsEvaluatedAtMostFiveTimesAndTheRightPasswordIsRefused() {
        Member member = stack.onboarding().signUp();
        assertBurstIsBounded(member, "password", member.password(), member.password() + "-wrong", "an access token",
                bearer(member.accessToken()));
    }

    @Test
    void aBurstOfWrongPinsWithAStepUpTicketIsEvaluatedAtMostFiveTimesAndTheRightPinIsRefused() {
        assertBurstIsBounded(pinByTicket, "pin", pinByTicket.pin(), "402917", "a ticket", stepUpTicket(pinByTicket));
    }

    @Test
    void aBurstOfWrongPasswordsWithAStepUpTicketIsEvaluatedAtMostFiveTimesAndTheRightPasswordIsRefused() {
        assertBurstIsBounded(passwordByTicket, "password", passwordByTicket.password(), passwordByTicket.password() + "-wrong",
                "a ticket", stepUpTicket(passwordByTicket));
    }

    /** Logs in again on a device the member never used: the answer is STEP_UP_REQUIRED with a ticket. */
    private static String stepUpTicket(Member member) {
        Onboarding.awaitResendAllowed(member.lastCodeSentAt());
        Onboarding onboarding = stack.onboarding();
        ApiResponse login = Onboarding.expect(onboarding.verify(onboarding.requestCode(member.phone()), Onboarding.newDevice()), 200);
        assertThat(login.text("/authState")).isEqualTo("STEP_UP_REQUIRED");
        return bearer(login.text("/ticket"));
    }

    private void assertBurstIsBounded(Member member, String method, String right, String wrong, String via,
                                      String authorization) {
        List<ApiClient> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(stack.client());
        }
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch firstRefusal = new CountDownLatch(1);
        List<CompletableFuture<ApiResponse>> burst = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            ApiClient client = clients.get(i % CLIENTS);
            burst.add(CompletableFuture.supplyAsync(() -> {
                await(go);
                ApiResponse answer = client.post("/v1/auth/step-up", json("method", method, "secret", wrong),
                        "Authorization", authorization);
                if (answer.status() == 429) {
                    firstRefusal.countDown();
                }
                return answer;
            }, pool));
        }
        go.countDown();
        // Once one guess of the burst was refused, every attempt the lockout allows is taken: the right secret,
        // sent now while the burst still runs, must not be evaluated.
        await(firstRefusal);
        ApiResponse rightSecret = clients.get(0).post("/v1/auth/step-up", json("method", method, "secret", right),
                "Authorization", authorization);
        List<Integer> statuses = burst.stream().map(CompletableFuture::join).map(ApiResponse::status).toList();
        long evaluated = evaluatedAttempts(member);
        System.out.println("[e2e] step-up burst of " + BURST + " wrong " + method + "s with " + via + ": " + evaluated
                + " evaluated; answers " + statuses + "; the right one " + rightSecret.status());

        assertThat(evaluated).as("attempts evaluated (audit rows)").isLessThanOrEqualTo(LOCKOUT_FAILURES);
        assertProblem(rightSecret, 429, "step_up_locked");
        assertThat(statuses).as("answers to the burst").containsOnly(401, 429);
    }

    private static long evaluatedAttempts(Member member) {
        ApiResponse audit = Onboarding.expect(stack.management().get("/v1/admin/audit?subject=" + member.userId() + "&limit=500",
                "Authorization", stack.onboarding().adminBearer()), 200);
        List<String> types = new ArrayList<>();
        audit.json().get("items").forEach(item -> types.add(item.get("type").asText()));
        return types.stream().filter(EVALUATED::contains).count();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(Duration.ofSeconds(60).toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("no guess of the burst was refused within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
