package io.finguard.bootstrap.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionLimit;
import io.finguard.testsupport.Race;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The session cap under two logins of one user at once, through the real use cases over PostgreSQL: a user at the cap
 * finishes two step-up logins in parallel. Each login counts the user's live families under the user's row lock, so the
 * second counts after the first has committed: the cap holds (never N+1 live families) and two families end, not one.
 */
class SessionCapRaceTest {
    private static final int CAP = 3;
    private static final int ROUNDS = 15;
    private final RacingServices services = new RacingServices(new SessionLimit(CAP));

    /** A login that needed a second factor, finished with the PIN: it starts a new family. */
    private StepUp.Result login(UserId user, String phone) {
        return services.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(user,
                Optional.of(new DeviceId(RacingServices.deviceOf(phone)))), AuthMethod.PIN, RacingServices.PIN,
                RacingServices.freshClient()));
    }

    private List<RefreshFamily.Active> liveFamiliesOf(UserId user) {
        return services.db.transactions().inTransaction(() -> services.db.sessions().activeOf(user));
    }

    @Test
    void twoLoginsAtOnceOfAUserAtTheCapLeaveExactlyTheCapLive() throws Exception {
        Map<String, Long> tally = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            String phone = RacingServices.freshPhone();
            LoginResult.Authenticated first = services.signUp(phone);
            UserId user = services.claims(first.tokens()).subject();
            for (int more = 1; more < CAP; more++) {
                assertThat(login(user, phone)).isInstanceOf(StepUp.Result.SteppedUp.class);
            }
            List<RefreshFamily.Active> before = liveFamiliesOf(user);
            assertThat(before).hasSize(CAP);

            List<Race.Outcome<StepUp.Result>> outcomes = Race.run(2, () -> login(user, phone));

            for (Race.Outcome<StepUp.Result> outcome : outcomes) {
                assertThat(outcome.failure()).as("no login fails with an exception").isNull();
                assertThat(outcome.value()).isInstanceOf(StepUp.Result.SteppedUp.class);
            }
            List<RefreshFamily.Active> after = liveFamiliesOf(user);
            assertThat(after).as("live families after two parallel logins at the cap").hasSize(CAP);
            assertThat(after).as("both new families live").filteredOn(f -> !before.contains(f)).hasSize(2);
            tally.merge("live families = cap", 1L, Long::sum);
        }
        Race.report("2 parallel logins of a user at the cap (" + CAP + ") x " + ROUNDS + " rounds", tally
                + ", never cap + 1");
    }
}
