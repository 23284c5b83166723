package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.InMemorySecretHasher;
import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parallel guesses at a PIN or password (security.md: an attempt at a slow secret is reserved atomically before the
 * hash). Forty wrong guesses start at once and are held inside the hasher; then the right secret arrives; then the
 * wrong ones finish first. At most the five attempts the lockout allows reach the hasher, and the right secret is
 * refused because every attempt is taken, instead of winning after the lock began.
 */
class ParallelStepUpGuessesTest {
    private static final String PHONE = "+4915112345678";
    private static final int BURST = 40;
    private static final int LOCKOUT_FAILURES = 5;
    private static final Set<AuditType> EVALUATED =
            EnumSet.of(AuditType.STEP_UP_FAILED, AuditType.STEP_UP_LOCKED, AuditType.STEP_UP_SUCCEEDED);

    private final ExecutorService pool = Executors.newFixedThreadPool(BURST + 1);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    @ParameterizedTest(name = "{0} with a {1}")
    @CsvSource({"PIN, ticket", "PASSWORD, ticket", "PIN, session", "PASSWORD, session"})
    void fortyParallelWrongGuessesAreEvaluatedAtMostFiveTimesAndTheRightSecretAmongThemIsRefused(AuthMethod method,
                                                                                                 String via) throws Exception {
        Harness h = new Harness();
        h.useHasher(new InMemorySecretHasher());
        LoginResult.Authenticated signedUp = h.signUp(PHONE, "phone-1");
        AccessClaims claims = h.claims(signedUp.tokens());
        StepUp.Subject subject = via.equals("ticket") ? new StepUp.Subject.ViaTicket(claims.subject(), java.util.Optional.empty())
                : new StepUp.Subject.ViaSession(claims.subject(), claims.session());
        String right = method == AuthMethod.PIN ? Harness.PIN : Harness.PASSWORD;
        String wrong = method == AuthMethod.PIN ? "402917" : "wrong horse battery staple";
        WatchedHasher hasher = new WatchedHasher(h.hasher);
        hasher.hold(wrong);
        hasher.hold(right);
        h.useHasher(hasher);

        List<Future<StepUp.Result>> guesses = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            guesses.add(pool.submit(() -> h.app.stepUp().stepUp(command(subject, method, wrong))));
        }
        awaitTrue(() -> done(guesses) + hasher.waitingWith(wrong) == BURST);
        Future<StepUp.Result> rightGuess = pool.submit(() -> h.app.stepUp().stepUp(command(subject, method, right)));
        awaitTrue(() -> rightGuess.isDone() || hasher.waitingWith(right) == 1);
        hasher.open(wrong);
        for (Future<StepUp.Result> guess : guesses) {
            guess.get();
        }
        hasher.open(right);
        System.out.println("[step-up burst] " + method + " with a " + via + ": " + hasher.verifications() + " of " + (BURST + 1)
                + " guesses reached the hasher; the right one: " + rightGuess.get().getClass().getSimpleName());

        assertThat(rightGuess.get()).as("the right secret, sent while every attempt was taken").isInstanceOf(StepUp.Result.Locked.class);
        assertThat(hasher.verifications()).as("guesses that reached the hasher").isLessThanOrEqualTo(LOCKOUT_FAILURES);
        List<AuditType> audited = h.db.transactions().inTransaction(() -> h.db.auditLog().recent(claims.subject().toString(), 500))
                .stream().map(AuditEvent::type).filter(EVALUATED::contains).toList();
        assertThat(audited).as("evaluated attempts in the audit log").hasSizeLessThanOrEqualTo(LOCKOUT_FAILURES)
                .doesNotContain(AuditType.STEP_UP_SUCCEEDED);
    }

    private static StepUp.Command command(StepUp.Subject subject, AuthMethod method, String secret) {
        return new StepUp.Command(subject, method, secret, new ClientAddress("203.0.113.7"));
    }

    private static int done(List<Future<StepUp.Result>> futures) {
        return (int) futures.stream().filter(Future::isDone).count();
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the guesses did not all arrive within 30 s");
            }
            Thread.sleep(5);
        }
    }
}
