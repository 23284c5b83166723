package io.finguard.bootstrap.race;

import static io.finguard.adapters.persistence.jooq.Tables.PRE_USERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.bootstrap.race.RacingServices.Sent;
import io.finguard.domain.policy.Lockout;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.Window;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.testsupport.Race;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Parallel entries of one unknown phone, each racer asking for a code and proving the phone with it, through the real
 * RequestOtp and VerifyOtp over PostgreSQL. The limiter's caps are lifted and its cooldown cut to 1 ms, so every send
 * not in the very same millisecond goes through and the database alone (one pending challenge per phone, the claim
 * on the phone) has to keep the signup single.
 */
class SignupRaceTest {
    private static final RateLimits EVERY_SEND_ALLOWED = everySendAllowed(RateLimits.defaults());
    private static final String SIGNUP = "proven, signup ";

    private final RacingServices services = new RacingServices(EVERY_SEND_ALLOWED);

    private String enter(String phone) {
        RequestOtp.Result request;
        try {
            request = services.request(phone);
        } catch (DuplicateException lost) {
            // Two first codes at once: the second insert meets the one-pending-challenge index.
            return "send refused (DuplicateException)";
        }
        if (!(request instanceof RequestOtp.Result.Sent accepted)) {
            return "send refused: " + request;
        }
        Sent sent = RacingServices.codeOf(accepted);
        return switch (services.verify(sent, sent.code(), "device-" + UUID.randomUUID())) {
            case VerifyOtp.Result.Proven(LoginResult.OnboardingRequired onboarding) -> SIGNUP + onboarding.signup().id();
            case VerifyOtp.Result.Proven proven -> "proven, " + proven.login().getClass().getSimpleName();
            case VerifyOtp.Result.Refused refused -> refused.reason().code();
            case VerifyOtp.Result other -> other.toString();
        };
    }

    private void race(int threads, int rounds) throws Exception {
        Map<String, Long> tally = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            String phone = RacingServices.freshPhone();

            List<Race.Outcome<String>> outcomes = Race.run(threads, () -> enter(phone));

            outcomes.forEach(o -> assertThat(o.failure()).as("no other exception").isNull());
            Set<String> signups = new TreeSet<>();
            outcomes.stream().map(Race.Outcome::value).filter(v -> v.startsWith(SIGNUP)).forEach(signups::add);
            List<String> stored = RaceDatabase.shared().sql().select(PRE_USERS.ID).from(PRE_USERS).where(PRE_USERS.PHONE_INDEX.eq(RaceDatabase.index(phone)))
                    .fetch(r -> SIGNUP + r.value1());
            assertThat(stored).as("pre_users rows of the phone").hasSize(1);
            assertThat(signups).as("every racer who proved the phone reached the one signup").containsExactlyElementsOf(stored);
            outcomes.forEach(o -> tally.merge(o.value().startsWith(SIGNUP) ? "proven, the one signup" : o.value(), 1L, Long::sum));
        }
        Race.report(threads + " parallel entries of one phone x " + rounds + " rounds", tally
                + ", pre_users rows per phone: 1 in every round");
    }

    @Test
    void twoParallelSignupsOfOnePhoneMakeOnePreUser() throws Exception {
        race(2, 20);
    }

    @Test
    void tenParallelSignupsOfOnePhoneMakeOnePreUser() throws Exception {
        race(10, 5);
    }

    /** The limits of security.md with every send, verification and lock lifted (the cooldown cut to 1 ms). */
    static RateLimits everySendAllowed(RateLimits d) {
        Window plenty = Window.of(100_000, Duration.ofMinutes(1));
        Lockout never = new Lockout(100_000, Duration.ofMinutes(1), Duration.ofSeconds(1), 1, Duration.ofSeconds(1),
                Duration.ofMinutes(1));
        return new RateLimits(Duration.ofMillis(1), plenty, plenty, plenty, plenty, plenty, plenty, never, d.stepUpFailures(),
                d.prefixLength(), plenty, plenty, d.breakerOpen(), d.accountFailureCeiling(), d.ceilingLock(), d.userTransfers(),
                d.adminRequests(), d.hashingPerSubject(), d.hashingPerClient());
    }
}
