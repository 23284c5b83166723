package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ProblemAssert.assertProblem;
import static io.finguard.bootstrap.e2e.ProblemAssert.retryAfterSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL that stops answering (its processes stopped with SIGSTOP, as a hung host or a network black hole looks):
 * requests answer 503 with Retry-After within the client-side bound (socket timeout = statement timeout + 1 s, after at
 * most the pool's connection timeout), instead of hanging until the server resumes; once it does, the signup is in one
 * consistent state and carries on.
 */
class DatabaseStallE2eTest {
    /** Statement timeout 2 s, so the socket gives up after 3 s; plus the pool's 2 s and slack for a loaded machine. */
    private static final Duration BOUND = Duration.ofSeconds(8);
    private static RestartablePostgres postgres;
    private static RestartableRedis redis;
    private static E2eStack stack;

    @BeforeAll
    static void aServiceOfItsOwn() {
        LogCapture.install();
        postgres = RestartablePostgres.started();
        redis = RestartableRedis.started();
        stack = E2eStack.start(postgres.jdbcUrl(), "postgres", "unused-local-trust", redis.url(), List.of(),
                Map.of("FINGUARD_DATABASE_STATEMENT_TIMEOUT_MS", "2000"));
    }

    @AfterAll
    static void stopIt() {
        stack.close();
        redis.close();
        postgres.close();
    }

    @Test
    void aStalledDatabaseAnswers503WithinTheBoundAndTheSignupIsConsistentWhenItResumes() throws Exception {
        Onboarding onboarding = stack.onboarding();
        String phone = Phones.fresh();
        String device = Onboarding.newDevice();
        String ticket = onboarding.signupTicket(onboarding.requestCode(phone), device);
        String password = Onboarding.newPassword();
        String pin = Onboarding.newPin(phone);

        // Readers keep connections busy, so the stall catches requests mid-query (where the pool's acquisition timeout does
        // not reach); the write is the user's next step, sent into the stall.
        AtomicBoolean trafficOn = new AtomicBoolean(true);
        List<Integer> readerAnswers = new CopyOnWriteArrayList<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ApiClient reader = stack.client();
            readers.add(Thread.ofVirtual().start(() -> {
                while (trafficOn.get()) {
                    readerAnswers.add(reader.get("/v1/signup", "Authorization", bearer(ticket)).status());
                }
            }));
        }
        Thread.sleep(1_000);
        postgres.freeze();
        long frozen = System.nanoTime();
        // The readers keep asking until the write has answered: whenever SIGSTOP takes effect, some of their requests are
        // then in the stall (stopping them at the freeze let every one finish first on a fast run, and none saw it).
        ApiResponse stalled;
        Duration took;
        try {
            CompletableFuture<ApiResponse> answer = CompletableFuture.supplyAsync(() -> onboarding.setCredentials(ticket, password, pin));
            try {
                stalled = answer.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new AssertionError("PUT /v1/signup/credentials was still waiting " + BOUND.toSeconds()
                        + " s into the database stall");
            }
            took = Duration.ofNanos(System.nanoTime() - frozen);
            trafficOn.set(false);
            long stopped = System.nanoTime(); // a reader's last request began before this: it too must answer within the bound
            for (Thread reader : readers) {
                long left = BOUND.toNanos() - (System.nanoTime() - stopped);
                if (!reader.join(Duration.ofNanos(Math.max(1, left)))) {
                    throw new AssertionError("a GET /v1/signup caught mid-query was still waiting " + BOUND.toSeconds()
                            + " s into the database stall");
                }
            }
        } finally {
            trafficOn.set(false);
            postgres.thaw();
        }
        Duration readersDone = Duration.ofNanos(System.nanoTime() - frozen);
        System.out.println("[stall] readers caught mid-query all answered within " + readersDone.toMillis() + " ms: "
                + readerAnswers.subList(Math.max(0, readerAnswers.size() - 3), readerAnswers.size()));
        assertThat(readerAnswers).containsOnly(200, 503).contains(503);
        System.out.println("[stall] PUT /v1/signup/credentials answered " + stalled.status() + " after " + took.toMillis() + " ms");
        assertProblem(stalled, 503, "service_unavailable");
        retryAfterSeconds(stalled);

        awaitAnswering(onboarding, ticket);
        List<String> state = preUser(phone);
        assertThat(state).as("one signup row, whole: the credentials are both there or both absent")
                .isIn(List.of("CREATED", "false", "false"), List.of("CREDENTIALS_SET", "true", "true"));
        if (state.get(0).equals("CREATED")) {
            Onboarding.expect(onboarding.setCredentials(ticket, password, pin), 200);
        }
        Onboarding.expect(onboarding.completeProfile(ticket), 200);
        Onboarding.expect(onboarding.submit(ticket, device), 201);
        assertThat(preUser(phone).get(0)).isEqualTo("CONVERTED");
    }

    /** The pool may hold connections the stall broke; the service answers again within seconds of the resume. */
    private static void awaitAnswering(Onboarding onboarding, String ticket) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (onboarding.api().get("/v1/signup", "Authorization", bearer(ticket)).status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service did not answer within 20 s of the database's resume");
            }
            Thread.sleep(200);
        }
    }

    /** Status, and whether the password and PIN hashes are stored, of the phone's signup (exactly one row). */
    private static List<String> preUser(String phone) throws SQLException {
        try (Connection connection = stack.database(); PreparedStatement query = connection.prepareStatement(
                "SELECT status, (password_hash IS NOT NULL)::text, (pin_hash IS NOT NULL)::text FROM pre_users WHERE phone_index = decode(?, 'hex')")) {
            query.setString(1, ServeSettings.phoneIndexHex(phone));
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("a signup row for the phone").isTrue();
                List<String> row = List.of(rows.getString(1), rows.getString(2), rows.getString(3));
                assertThat(rows.next()).as("only one").isFalse();
                return row;
            }
        }
    }
}
