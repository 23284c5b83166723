package io.finguard.adapters.persistence;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.SessionPolicy;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Two refreshes with one token at once, as RefreshSession does it: lock the family by the presented digest, offer
 * the rotation (the successor is derived from the presented token, so both name the same one), write the result.
 */
class RefreshRotationRaceTest {
    private static final int ROUNDS = 20;
    private final Transactions transactions = PostgresPorts.shared().transactions();
    private final Sessions sessions = PostgresPorts.shared().sessions();
    private final SessionPolicy policy = SessionPolicy.defaults();

    private String refresh(TokenDigest presented, TokenDigest successor, Instant at) {
        return transactions.inTransaction(() -> {
            RefreshFamily family = sessions.lockByToken(presented).orElseThrow();
            Transition<RefreshFamily> transition = family.on(new FamilyEvent.Rotate(presented, successor, policy, at));
            if (transition.changed()) {
                sessions.update(transition.state());
            }
            return switch (transition) {
                case Transition.Accepted<RefreshFamily> accepted -> "successor:" + ((RefreshFamily.Active) transition.state()).current().hex();
                case Transition.Declined<RefreshFamily> refused -> refused.reason().code();
            };
        });
    }

    @Test
    void twoParallelRefreshesWithOneTokenLeaveOneLiveFamilyAndOneSuccessor() throws Exception {
        Map<String, Long> tally = new TreeMap<>();
        int bothGotTheSameSuccessor = 0;
        for (int round = 0; round < ROUNDS; round++) {
            UserId user = SampleValues.userId();
            RefreshFamily.Active family = Samples.family(user, SampleValues.digest(), T0);
            transactions.inTransaction(() -> {
                sessions.add(family);
                return null;
            });
            TokenDigest successor = SampleValues.digest();

            List<Race.Outcome<String>> outcomes = Race.run(2, () -> refresh(family.current(), successor, T0.plusSeconds(60)));

            Set<String> answers = new HashSet<>();
            for (Race.Outcome<String> outcome : outcomes) {
                assertThat(outcome.failure()).as("no refresh fails with an exception").isNull();
                answers.add(outcome.value());
                tally.merge(outcome.value().startsWith("successor:") ? "same successor" : outcome.value(), 1L, Long::sum);
            }
            List<RefreshFamily.Active> live = transactions.inTransaction(() -> sessions.lockActiveOf(user));
            assertThat(live).hasSize(1);
            assertThat(live.getFirst().current()).isEqualTo(successor);
            assertThat(live.getFirst().previous()).contains(family.current());
            assertThat(answers).containsExactly("successor:" + successor.hex());
            bothGotTheSameSuccessor++;
        }
        Race.report("2 parallel refreshes of one token x " + ROUNDS + " rounds", tally + ", rounds where both got the same "
                + "successor and one live family remained: " + bothGotTheSameSuccessor);
    }

    @Test
    void theConsumedTokenPresentedAfterTheGraceWindowRevokesTheFamily() throws Exception {
        UserId user = SampleValues.userId();
        RefreshFamily.Active family = Samples.family(user, SampleValues.digest(), T0);
        transactions.inTransaction(() -> {
            sessions.add(family);
            return null;
        });
        TokenDigest successor = SampleValues.digest();
        refresh(family.current(), successor, T0.plusSeconds(60));

        String late = refresh(family.current(), successor, T0.plusSeconds(60).plus(policy.graceWindow()));

        assertThat(late).isEqualTo("token_reused");
        assertThat(transactions.inTransaction(() -> sessions.lockActiveOf(user))).isEmpty();
        assertThat(transactions.inTransaction(() -> sessions.lockByToken(successor))).get().isInstanceOf(RefreshFamily.Revoked.class);
    }
}
