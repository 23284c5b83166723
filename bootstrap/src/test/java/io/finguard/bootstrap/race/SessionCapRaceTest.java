package io.finguard.bootstrap.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionLimit;
import io.finguard.testsupport.Race;
import java.time.Duration;
import io.finguard.domain.policy.RateLimits;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The session cap under two logins of one user at once, through the real use cases over PostgreSQL: a user at the cap
 * finishes a login by code on a known device and another by step-up, in parallel. Each login counts the user's live
 * families under the user's row lock, so the second counts after the first has committed: the cap holds (never N+1
 * live families) and both new families live. Row locks on the families alone would not do: the second count would
 * wait for the first's locks and then miss the family the first inserted.
 */
class SessionCapRaceTest {
    private static final int CAP = 3;
    private static final int ROUNDS = 20;
    private final RacingServices services = new RacingServices(new SessionLimit(CAP));

    /** The member's device key: a step-up by it makes it a known device, so a code login by it needs no PIN. */
    private static KeyThumbprint keyOf(String phone) {
        byte[] digest = new byte[32];
        new java.util.Random(phone.hashCode()).nextBytes(digest);
        return new KeyThumbprint(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    /** A login that needed a second factor, finished with the PIN by the member's key: it starts a new family. */
    private Object stepUpLogin(UserId user, String phone) {
        StepUp.Result result = services.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(user,
                Optional.of(new DeviceId(RacingServices.deviceOf(phone)))), AuthMethod.PIN, RacingServices.PIN,
                RacingServices.freshClient(), Optional.of(keyOf(phone))));
        assertThat(result).isInstanceOf(StepUp.Result.SteppedUp.class);
        return result;
    }

    /** A login by code with the member's known key (LIMITED: no step-up): it starts a new family too. */
    private Object codeLogin(RacingServices.Sent sent, String phone) {
        VerifyOtp.Result result = services.app.verifyOtp().verify(new VerifyOtp.Command(sent.challenge().toString(), sent.code(),
                RacingServices.freshClient(), Optional.of(new DeviceId(RacingServices.deviceOf(phone))), Optional.of(keyOf(phone))));
        assertThat(result).isInstanceOf(VerifyOtp.Result.Proven.class);
        assertThat(((VerifyOtp.Result.Proven) result).login()).isInstanceOf(LoginResult.Authenticated.class);
        return result;
    }

    private List<RefreshFamily.Active> liveFamiliesOf(UserId user) {
        return services.db.transactions().inTransaction(() -> services.db.sessions().activeOf(user));
    }

    /** A member at the cap: signed up, then logged in by step-up until {@code CAP} families live. */
    private record AtCap(String phone, UserId user, List<RefreshFamily.Active> live) {
    }

    private AtCap memberAtTheCap() {
        String phone = RacingServices.freshPhone();
        LoginResult.Authenticated first = services.signUp(phone);
        UserId user = services.claims(first.tokens()).subject();
        for (int more = 1; more < CAP; more++) {
            stepUpLogin(user, phone);
        }
        List<RefreshFamily.Active> live = liveFamiliesOf(user);
        assertThat(live).hasSize(CAP);
        return new AtCap(phone, user, live);
    }

    @Test
    void aCodeLoginAndAStepUpLoginAtOnceOfAUserAtTheCapLeaveExactlyTheCapLive() throws Exception {
        List<AtCap> members = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            members.add(memberAtTheCap());
        }
        // Each phone got its signup code moments ago; the resend cooldown lives in Redis, on the wall clock.
        Thread.sleep(RateLimits.defaults().resendCooldown().plusSeconds(1).toMillis());
        // The racers log in after the others were last used, so the idlest are the old ones, not a racer's.
        services.clock.advance(Duration.ofMinutes(1));
        Map<String, Long> tally = new TreeMap<>();
        for (AtCap member : members) {
            RacingServices.Sent sent = services.requestCode(member.phone()).orElseThrow();
            AtomicInteger turn = new AtomicInteger();

            List<Race.Outcome<Object>> outcomes = Race.run(2,
                    () -> turn.getAndIncrement() == 0 ? codeLogin(sent, member.phone()) : stepUpLogin(member.user(), member.phone()));

            for (Race.Outcome<Object> outcome : outcomes) {
                assertThat(outcome.failure()).as("no login fails").isNull();
            }
            List<RefreshFamily.Active> after = liveFamiliesOf(member.user());
            assertThat(after).as("live families after two parallel logins at the cap").hasSize(CAP);
            assertThat(after).as("both new families live").filteredOn(f -> !member.live().contains(f)).hasSize(2);
            tally.merge("live families = cap", 1L, Long::sum);
        }
        Race.report("a code login and a step-up login of a user at the cap (" + CAP + ") at once x " + ROUNDS + " rounds",
                tally + ", never cap + 1");
    }
}
