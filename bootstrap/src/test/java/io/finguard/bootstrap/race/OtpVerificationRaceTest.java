package io.finguard.bootstrap.race;

import static io.finguard.adapters.persistence.jooq.Tables.OTP_CHALLENGES;
import static io.finguard.adapters.persistence.jooq.Tables.PRE_USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.persistence.jooq.tables.records.OtpChallengesRecord;
import io.finguard.bootstrap.race.RacingServices.Sent;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.testsupport.Race;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Parallel VerifyOtp calls on one challenge, through the real service over PostgreSQL and the Redis limiter, each
 * racer from a client address of its own: the challenge row lock counts the guesses one by one, so exactly one
 * right code wins and the wrong ones never push the attempts past the cap.
 */
class OtpVerificationRaceTest {
    private final RacingServices services = new RacingServices();

    /** What one racer got: the result's kind, with the attempts left on a wrong code and the reason of a refusal. */
    private static String outcome(Race.Outcome<VerifyOtp.Result> o) {
        if (o.failed()) {
            return "error:" + o.failure().getClass().getSimpleName();
        }
        return switch (o.value()) {
            case VerifyOtp.Result.Proven proven -> "Proven:" + proven.login().getClass().getSimpleName();
            case VerifyOtp.Result.WrongCode wrong -> "WrongCode:" + wrong.attemptsLeft();
            case VerifyOtp.Result.Refused refused -> refused.reason().code();
            case VerifyOtp.Result.UnknownChallenge unknown -> "UnknownChallenge";
            case VerifyOtp.Result.Throttled throttled -> "Throttled:" + throttled.limit();
        };
    }

    private static Map<String, Long> tally(List<Race.Outcome<VerifyOtp.Result>> outcomes) {
        Map<String, Long> tally = new TreeMap<>();
        outcomes.forEach(o -> tally.merge(outcome(o), 1L, Long::sum));
        return tally;
    }

    private OtpChallengesRecord stored(Sent sent) {
        return RaceDatabase.shared().sql().selectFrom(OTP_CHALLENGES).where(OTP_CHALLENGES.ID.eq(sent.challenge().value())).fetchSingle();
    }

    @Test
    void twentyParallelVerificationsOfTheCorrectCodeSucceedExactlyOnceAndStartOneSignup() throws Exception {
        String phone = RacingServices.freshPhone();
        Sent sent = services.requestCode(phone).orElseThrow();

        List<Race.Outcome<VerifyOtp.Result>> outcomes = Race.run(20, () -> services.verify(sent, sent.code(), RacingServices.deviceOf(phone)));

        Map<String, Long> tally = tally(outcomes);
        OtpChallengesRecord end = stored(sent);
        int signups = RaceDatabase.shared().sql().fetchCount(PRE_USERS, PRE_USERS.PHONE_INDEX.eq(RaceDatabase.index(phone)));
        Race.report("20 parallel verifications of one correct code", tally + ", final state " + end.getStatus() + " (version "
                + end.getVersion() + "), pre_users rows " + signups);
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Proven:" + LoginResult.OnboardingRequired.class.getSimpleName(), 1L, "otp_already_used", 19L));
        assertThat(end.getStatus()).isEqualTo("VERIFIED");
        assertThat(end.getVersion()).isEqualTo(1L);
        assertThat(signups).isEqualTo(1);
    }

    @Test
    void fiftyParallelWrongCodesNeverPushTheAttemptsAboveTheCap() throws Exception {
        Sent sent = services.requestCode(RacingServices.freshPhone()).orElseThrow();
        int cap = stored(sent).getMaxAttempts();

        List<Race.Outcome<VerifyOtp.Result>> outcomes = Race.run(50, () -> services.verify(sent, wrong(sent.code()), "device-1"));

        Map<String, Long> tally = tally(outcomes);
        OtpChallengesRecord end = stored(sent);
        Race.report("50 parallel wrong codes (cap " + cap + ")", tally + ", final state " + end.getStatus() + " attempts="
                + end.getAttempts());
        // Each counted guess saw one attempt fewer left: cap-1 down to 0, once each; every later guess was refused.
        Map<String, Long> expected = new TreeMap<>(Map.of("otp_exhausted", 50L - cap));
        for (int left = 0; left < cap; left++) {
            expected.put("WrongCode:" + left, 1L);
        }
        assertThat(tally).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(end.getStatus()).isEqualTo("EXHAUSTED");
        assertThat(end.getAttempts()).isEqualTo(cap);
    }

    @Test
    void rightAndWrongCodesAtOnceEndTheChallengeExactlyOnce() throws Exception {
        String phone = RacingServices.freshPhone();
        Sent sent = services.requestCode(phone).orElseThrow();
        int cap = stored(sent).getMaxAttempts();

        // 5 wrong and 5 right codes at once: the challenge ends exactly once, verified or exhausted, never above the cap.
        AtomicInteger caller = new AtomicInteger();
        List<Race.Outcome<VerifyOtp.Result>> outcomes = Race.run(10, () -> services.verify(sent,
                caller.getAndIncrement() % 2 == 0 ? sent.code() : wrong(sent.code()), RacingServices.deviceOf(phone)));

        Map<String, Long> tally = tally(outcomes);
        OtpChallengesRecord end = stored(sent);
        Race.report("5 right + 5 wrong codes at once", tally + ", final state " + end.getStatus() + " attempts=" + end.getAttempts());
        long proven = tally.getOrDefault("Proven:" + LoginResult.OnboardingRequired.class.getSimpleName(), 0L);
        long exhausting = tally.getOrDefault("WrongCode:0", 0L);
        assertThat(proven + exhausting).isEqualTo(1L);
        assertThat(end.getStatus()).isEqualTo(proven == 1 ? "VERIFIED" : "EXHAUSTED");
        assertThat(end.getAttempts()).isLessThanOrEqualTo(cap);
        assertThat(tally.keySet()).noneMatch(k -> k.startsWith("error:"));
    }

    /** A code of the same length that is certainly not this one. */
    private static String wrong(String code) {
        return String.format("%0" + code.length() + "d", (Long.parseLong(code) + 1) % (long) Math.pow(10, code.length()));
    }
}
