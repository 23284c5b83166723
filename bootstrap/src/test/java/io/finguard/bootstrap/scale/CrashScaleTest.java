package io.finguard.bootstrap.scale;

import static io.finguard.bootstrap.scale.Client.bearer;
import static io.finguard.bootstrap.scale.Client.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL of one instance while signups (with their conversion into a user), refreshes and transfers run against
 * all three: clients retry what got no answer on the next instance (the same token, the same Idempotency-Key, the
 * same signup ticket), every flow completes, and afterwards the database is consistent: one user per phone,
 * balances equal their ledger sums, every transfer balanced, no device with two live sessions.
 */
@Tag("scale")
class CrashScaleTest {
    private static final Duration COOLDOWN = Duration.ofSeconds(31);
    private static ScaleSystem system;
    private static Journeys journeys;
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicInteger noAnswer = new AtomicInteger();

    @BeforeAll
    static void up() {
        system = ScaleSystem.shared();
        journeys = new Journeys(system);
    }

    @Test
    void afterAnInstanceIsKilledUnderLoadEveryFlowCompletesByRetryAndTheDatabaseIsConsistent() {
        List<Member> refreshers = Burst.of(3, i -> journeys.signUp());
        List<Member> payers = Burst.of(4, i -> journeys.fullAndStepped(journeys.signUp()));
        payers.forEach(p -> journeys.fund(p, 1_000_000));
        int signups = ScaleSystem.full() ? 12 : 6;
        AtomicBoolean running = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger refreshes = new AtomicInteger();
        AtomicInteger transfers = new AtomicInteger();
        List<String> signedUpPhones = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<CompletableFuture<?>> workers = new ArrayList<>();
        for (int i = 0; i < signups; i++) {
            workers.add(Burst.run(() -> guarded(failures, () -> signedUpPhones.add(resilientSignUp()))));
        }
        for (Member member : refreshers) {
            workers.add(Burst.run(() -> guarded(failures, () -> {
                String token = member.refreshToken();
                while (running.get()) {
                    String presented = token;
                    token = retry(i -> journeys.refresh(member.client(), system.instance(i), presented), 200).text("/tokens/refreshToken");
                    refreshes.incrementAndGet();
                    FinGuardProcess.sleep(50);
                }
            })));
        }
        for (int p = 0; p < payers.size(); p++) {
            Member from = payers.get(p);
            Member to = payers.get((p + 1) % payers.size());
            workers.add(Burst.run(() -> guarded(failures, () -> {
                // At most 15 each: a payer may start 20 transfers in 10 minutes.
                for (int n = 0; n < 15 && running.get(); n++) {
                    String key = "crash-" + UUID.randomUUID();
                    retry(i -> journeys.transfer(from, system.instance(i), to.phone(), 100, key), 201, 200);
                    transfers.incrementAndGet();
                    FinGuardProcess.sleep(300);
                }
            })));
        }

        FinGuardProcess.sleep(2000);
        FinGuardProcess victim = system.instance(1);
        victim.kill();
        FinGuardProcess.sleep(1000);
        victim.start();
        FinGuardProcess.sleep(2000);
        running.set(false);
        workers.forEach(CompletableFuture::join);

        assertThat(failures).isEmpty();
        assertThat(signedUpPhones).hasSize(signups);
        assertThat(system.queryLong("SELECT count(*) FROM users WHERE phone_index IN (" + system.phoneIndexList(signedUpPhones) + ")"))
                .isEqualTo(signups);
        assertConsistent();
        long money = payers.stream().mapToLong(journeys::balance).sum();
        assertThat(money).as("money between the payers only moves").isEqualTo(4 * 1_000_000L);
        Figures.record("CrashScaleTest", "requests without an answer (retried) around the SIGKILL", noAnswer.get(), "requests",
                signups + " signups, " + refreshes.get() + " refreshes, " + transfers.get() + " transfers during the run");
    }

    /** The consistency queries of the brief; they hold after every scale test, so they check the whole database. */
    static void assertConsistent() {
        assertThat(system.queryLong("SELECT count(*) FROM (SELECT phone_index FROM users GROUP BY phone_index HAVING count(*) > 1) x"))
                .as("phones with two users").isZero();
        assertThat(system.queryLong("SELECT count(*) FROM accounts a WHERE a.balance_minor <> "
                + "(SELECT coalesce(sum(l.amount_minor), 0) FROM ledger_entries l WHERE l.account_id = a.id)"))
                .as("accounts whose balance is not their ledger sum").isZero();
        assertThat(system.queryLong("SELECT count(*) FROM transfers t WHERE (SELECT count(*) FROM ledger_entries l "
                + "WHERE l.transfer_id = t.id) <> 2 OR (SELECT sum(l.amount_minor) FROM ledger_entries l WHERE l.transfer_id = t.id) <> 0"))
                .as("transfers that are not one debit and one equal credit").isZero();
        assertThat(system.queryLong("SELECT count(*) FROM (SELECT user_id, device_id FROM refresh_families WHERE status = 'ACTIVE' "
                + "GROUP BY user_id, device_id HAVING count(*) > 1) x")).as("devices with two live refresh families").isZero();
        assertThat(system.queryLong("SELECT count(*) FROM refresh_families WHERE status = 'ACTIVE' AND current_digest IS NULL"))
                .as("live families without exactly one current token").isZero();
    }

    /** S1-S5 with retries; returns the phone once it belongs to a user holding tokens. */
    private String resilientSignUp() {
        Client client = Client.fresh();
        String phone = Journeys.freshPhone();
        String device = Journeys.newDevice();
        String pin = Journeys.newPin(phone);
        String ticket = proveAndGetTicket(client, phone, device);
        retry(i -> client.send(system.instance(i), "PUT", "/v1/signup/credentials",
                json("password", "crash-" + UUID.randomUUID(), "pin", pin), "Authorization", bearer(ticket)), 200, 409);
        retry(i -> client.send(system.instance(i), "PUT", "/v1/signup/profile", Journeys.profile(), "Authorization", bearer(ticket)), 200, 409);
        Answer submitted = retry(i -> client.send(system.instance(i), "POST", "/v1/signup/submit", null,
                "Authorization", bearer(ticket), "X-Device-Id", device), 201, 409);
        String access;
        if (submitted.status() == 201) {
            access = submitted.text("/tokens/accessToken");
        } else {
            // The first submit converted the signup but its answer was lost: the person logs in on the same device.
            FinGuardProcess.sleep(COOLDOWN.toMillis());
            Answer login = verified(client, phone, device);
            access = login.text("/tokens/accessToken");
        }
        retry(i -> client.send(system.instance(i), "GET", "/v1/me", null, "Authorization", bearer(access)), 200);
        return phone;
    }

    private String proveAndGetTicket(Client client, String phone, String device) {
        Answer proven = verified(client, phone, device);
        if (!"ONBOARDING_REQUIRED".equals(proven.json().path("authState").asText())) {
            throw new AssertionError("expected ONBOARDING_REQUIRED: " + proven);
        }
        return proven.text("/ticket");
    }

    /** A code requested and verified, with retries; a code whose verify answer was lost is replaced after the cooldown. */
    private Answer verified(Client client, String phone, String device) {
        while (true) {
            int before = system.gateway.count(phone);
            Answer sent = retry(i -> client.send(system.instance(i), "POST", "/v1/auth/otp", json("phone", phone)), 202, 429);
            String challenge = sent.status() == 202 ? sent.text("/challengeId") : null;
            if (challenge == null) {
                // The first send went through but its answer was lost: its challenge id is unknown; start over.
                FinGuardProcess.sleep(COOLDOWN.toMillis());
                continue;
            }
            String code = system.gateway.awaitCode(phone, before);
            Answer proven = retry(i -> client.send(system.instance(i), "POST", "/v1/auth/otp/verify",
                    json("challengeId", challenge, "code", code, "deviceId", device)), 200, 400, 401, 404, 409, 410);
            if (proven.status() == 200) {
                return proven;
            }
            FinGuardProcess.sleep(COOLDOWN.toMillis());
        }
    }

    /**
     * Sends to the next instance; no answer (killed instance) or 503 is tried again on the one after. An accepted
     * status other than the first is only accepted after an attempt had no answer (its effect may have happened).
     */
    private Answer retry(IntFunction<Answer> call, int expected, int... afterLostAnswer) {
        boolean lost = false;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            Answer answer = call.apply(turn.getAndIncrement());
            if (answer.status() == expected) {
                return answer;
            }
            if (answer.status() == -1 || answer.status() == 503) {
                lost |= answer.status() == -1;
                noAnswer.incrementAndGet();
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no instance answered within 120 s: " + answer);
                }
                FinGuardProcess.sleep(100);
                continue;
            }
            for (int other : afterLostAnswer) {
                if (answer.status() == other && lost) {
                    return answer;
                }
            }
            throw new AssertionError("unexpected answer" + (lost ? " after a lost answer" : "") + ": " + answer);
        }
    }

    private static void guarded(ConcurrentLinkedQueue<Throwable> failures, Runnable work) {
        try {
            work.run();
        } catch (Throwable t) {
            failures.add(t);
        }
    }
}
