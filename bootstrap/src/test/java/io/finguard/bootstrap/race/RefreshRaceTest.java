package io.finguard.bootstrap.race;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.RefreshSession;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionPolicy;
import io.finguard.testsupport.Race;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Two refreshes with one token at once, through the real RefreshSession over PostgreSQL: the family's row lock lets
 * one rotate and the other, inside the grace window, gets the same successor; one live family remains. Presented
 * again after the grace window, the consumed token is theft and the family dies.
 */
class RefreshRaceTest {
    private static final int ROUNDS = 20;
    private final RacingServices services = new RacingServices();

    private RefreshSession.Result refresh(String token) {
        return services.app.refreshSession().refresh(new RefreshSession.Command(token));
    }

    private List<RefreshFamily.Active> liveFamiliesOf(UserId user) {
        return services.db.transactions().inTransaction(() -> services.db.sessions().lockActiveOf(user));
    }

    @Test
    void twoParallelRefreshesWithOneTokenLeaveOneLiveFamilyAndOneSuccessor() throws Exception {
        Map<String, Long> tally = new TreeMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            LoginResult.Authenticated member = services.signUp(RacingServices.freshPhone());
            UserId user = services.claims(member.tokens()).subject();
            String presented = member.tokens().refresh().value();

            List<Race.Outcome<RefreshSession.Result>> outcomes = Race.run(2, () -> refresh(presented));

            Set<String> successors = new TreeSet<>();
            for (Race.Outcome<RefreshSession.Result> outcome : outcomes) {
                assertThat(outcome.failure()).as("no refresh fails with an exception").isNull();
                assertThat(outcome.value()).isInstanceOf(RefreshSession.Result.Refreshed.class);
                successors.add(((RefreshSession.Result.Refreshed) outcome.value()).tokens().refresh().value());
                tally.merge("same successor", 1L, Long::sum);
            }
            List<RefreshFamily.Active> live = liveFamiliesOf(user);
            assertThat(successors).hasSize(1);
            assertThat(live).hasSize(1);
            assertThat(live.getFirst().current()).isEqualTo(services.refreshTokens.digestOf(successors.iterator().next()));
            assertThat(live.getFirst().previous()).contains(services.refreshTokens.digestOf(presented));
        }
        Race.report("2 parallel refreshes of one token x " + ROUNDS + " rounds", tally
                + ", one live family with that successor in every round");
    }

    @Test
    void theConsumedTokenPresentedAfterTheGraceWindowRevokesTheFamily() {
        LoginResult.Authenticated member = services.signUp(RacingServices.freshPhone());
        UserId user = services.claims(member.tokens()).subject();
        String first = member.tokens().refresh().value();
        RefreshSession.Result rotated = refresh(first);
        assertThat(rotated).isInstanceOf(RefreshSession.Result.Refreshed.class);
        String successor = ((RefreshSession.Result.Refreshed) rotated).tokens().refresh().value();
        services.clock.advance(SessionPolicy.defaults().graceWindow());

        assertThat(refresh(first)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.TOKEN_REUSED));
        assertThat(liveFamiliesOf(user)).isEmpty();
        assertThat(refresh(successor)).isEqualTo(new RefreshSession.Result.Refused(RefreshSession.Refusal.SESSION_REVOKED));
    }
}
