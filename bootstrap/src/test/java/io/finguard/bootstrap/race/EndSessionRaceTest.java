package io.finguard.bootstrap.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.port.in.EndSession;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.Logout;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.token.AccessClaims;
import io.finguard.testsupport.Race;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Ending one session from another while the user logs out everywhere, at once, over PostgreSQL: ending touches two
 * families (the caller's, the target), logout-all every family in creation order. Both lock in that one order, so
 * neither deadlocks: both finish, and no family of the user is left live.
 */
class EndSessionRaceTest {
    private static final int ROUNDS = 20;
    private final RacingServices services = new RacingServices();

    @Test
    void endingTheOlderSessionFromTheNewerWhileLoggingOutEverywhereNeverDeadlocks() throws Exception {
        Map<String, Long> tally = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            String phone = RacingServices.freshPhone();
            LoginResult.Authenticated first = services.signUp(phone);
            AccessClaims older = services.claims(first.tokens());
            StepUp.Result second = services.app.stepUp().stepUp(new StepUp.Command(new StepUp.Subject.ViaTicket(older.subject(),
                    Optional.of(new DeviceId(RacingServices.deviceOf(phone)))), AuthMethod.PIN, RacingServices.PIN,
                    RacingServices.freshClient()));
            AccessClaims newer = services.claims(((StepUp.Result.SteppedUp) second).login().tokens());
            AtomicInteger turn = new AtomicInteger();

            List<Race.Outcome<Object>> outcomes = Race.run(2, () -> turn.getAndIncrement() == 0
                    ? services.app.endSession().end(new EndSession.Command(newer.subject(), newer.session(), older.session()))
                    : services.app.logout().logout(new Logout.Command(older.subject(), older.session(), true)));

            for (Race.Outcome<Object> outcome : outcomes) {
                assertThat(outcome.failure()).as("neither fails (a deadlock would abort one)").isNull();
                tally.merge(outcome.value().getClass().getSimpleName(), 1L, Long::sum);
            }
            assertThat(services.db.transactions().inTransaction(() -> services.db.sessions().activeOf(older.subject()))).isEmpty();
        }
        Race.report("end the older session from the newer while logging out everywhere x " + ROUNDS + " rounds", tally.toString());
    }
}
