package io.finguard.adapters.persistence;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.Transition;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.otp.OtpEvent;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Parallel verifications of one challenge against real PostgreSQL, each thread doing what VerifyOtp does in its
 * transaction: lock the challenge, offer the code to the state machine, write the next state.
 */
class OtpVerificationRaceTest {
    private final Transactions transactions = PostgresPorts.shared().transactions();
    private final OtpChallenges challenges = PostgresPorts.shared().otpChallenges();
    private final Instant now = T0.plusSeconds(30);

    /** What one thread saw: the state after its event, or the rejection, and the attempts it wrote. */
    private record Attempt(String outcome, int attemptsWritten) {
    }

    private Attempt verify(OtpChallenge.Pending issued, boolean correct) {
        return transactions.inTransaction(() -> {
            OtpChallenge locked = challenges.lock(issued.id()).orElseThrow();
            Transition<OtpChallenge> transition = locked.on(new OtpEvent.Verify(correct, now));
            if (transition.changed()) {
                challenges.update(transition.state());
            }
            return switch (transition) {
                case Transition.Accepted<OtpChallenge> accepted ->
                        new Attempt(transition.state().getClass().getSimpleName(), transition.state().attempts());
                case Transition.Declined<OtpChallenge> refused -> new Attempt(refused.reason().code(), -1);
            };
        });
    }

    private OtpChallenge.Pending issued() {
        OtpChallenge.Pending pending = Samples.pendingChallenge(phone(), T0);
        transactions.inTransaction(() -> {
            challenges.add(pending);
            return null;
        });
        return pending;
    }

    private OtpChallenge stored(OtpChallenge.Pending issued) {
        return transactions.inTransaction(() -> challenges.lock(issued.id())).orElseThrow();
    }

    private static Map<String, Long> tally(List<Race.Outcome<Attempt>> outcomes) {
        Map<String, Long> tally = new TreeMap<>();
        outcomes.forEach(o -> tally.merge(o.failed() ? "error:" + o.failure().getClass().getSimpleName() : o.value().outcome(), 1L, Long::sum));
        return tally;
    }

    @Test
    void twentyParallelVerificationsOfTheCorrectCodeSucceedExactlyOnce() throws Exception {
        OtpChallenge.Pending issued = issued();

        List<Race.Outcome<Attempt>> outcomes = Race.run(20, () -> verify(issued, true));

        Map<String, Long> tally = tally(outcomes);
        OtpChallenge end = stored(issued);
        Race.report("20 parallel verifications of one correct code", tally + ", final state "
                + end.getClass().getSimpleName() + " (version " + end.version() + ")");
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(Map.of("Verified", 1L, "otp_already_used", 19L));
        assertThat(end).isInstanceOf(OtpChallenge.Verified.class);
        assertThat(end.version()).isEqualTo(1);
    }

    @Test
    void fiftyParallelWrongCodesNeverPushTheAttemptsAboveTheCap() throws Exception {
        OtpChallenge.Pending issued = issued();
        int cap = issued.facts().maxAttempts();

        List<Race.Outcome<Attempt>> outcomes = Race.run(50, () -> verify(issued, false));

        Map<String, Long> tally = tally(outcomes);
        int highestWritten = outcomes.stream().filter(o -> !o.failed()).mapToInt(o -> o.value().attemptsWritten()).max().orElseThrow();
        OtpChallenge end = stored(issued);
        Race.report("50 parallel wrong codes (cap " + cap + ")", tally + ", highest attempts written " + highestWritten
                + ", final state " + end.getClass().getSimpleName() + " attempts=" + end.attempts());
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(
                Map.of("Pending", (long) cap - 1, "Exhausted", 1L, "otp_exhausted", 50L - cap));
        assertThat(highestWritten).isEqualTo(cap);
        assertThat(end).isInstanceOf(OtpChallenge.Exhausted.class);
        assertThat(end.attempts()).isEqualTo(cap);
    }

    @Test
    void rightAndWrongCodesAtOnceEndTheChallengeExactlyOnce() throws Exception {
        OtpChallenge.Pending issued = issued();

        // 5 wrong and 5 right codes at once: the challenge ends exactly once, verified or exhausted, never above the cap.
        AtomicInteger caller = new AtomicInteger();
        List<Race.Outcome<Attempt>> outcomes = Race.run(10, () -> verify(issued, caller.getAndIncrement() % 2 == 0));

        Map<String, Long> tally = tally(outcomes);
        OtpChallenge end = stored(issued);
        Race.report("5 right + 5 wrong codes at once", tally + ", final state " + end.getClass().getSimpleName()
                + " attempts=" + end.attempts());
        assertThat(tally.getOrDefault("Verified", 0L) + tally.getOrDefault("Exhausted", 0L)).isEqualTo(1L);
        assertThat(end.attempts()).isLessThanOrEqualTo(issued.facts().maxAttempts());
        assertThat(tally.keySet()).noneMatch(k -> k.startsWith("error:"));
    }
}
