package io.finguard.domain.session;

import static io.finguard.domain.session.RefreshFamilyTransitionTableTest.D1;
import static io.finguard.domain.session.RefreshFamilyTransitionTableTest.D2;
import static io.finguard.domain.session.RefreshFamilyTransitionTableTest.D3;
import static io.finguard.domain.session.RefreshFamilyTransitionTableTest.FACTS;
import static io.finguard.domain.session.RefreshFamilyTransitionTableTest.POLICY;
import static io.finguard.domain.session.RefreshFamilyTransitionTableTest.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A session's token chain over time: rotation, a racing retry, theft detection and expiry edges. */
class RefreshFamilyTest {
    private static final RefreshFamily.Active FRESH = RefreshFamily.start(FACTS, D1, AssuranceLevel.AAL1, Set.of(AuthMethod.SMS), START);

    private static Transition<RefreshFamily> rotate(RefreshFamily family, String presented, String successor, Instant at) {
        return family.on(new FamilyEvent.Rotate(RefreshFamilyTransitionTableTest.digest(presented.charAt(0)),
                RefreshFamilyTransitionTableTest.digest(successor.charAt(0)), POLICY, at));
    }

    @Test
    void aNewFamilyStartsAtItsFirstTokenWithNothingConsumed() {
        assertThat(FRESH.current()).isEqualTo(D1);
        assertThat(FRESH.previous()).isEmpty();
        assertThat(FRESH.rotatedAt()).isEmpty();
        assertThat(FRESH.lastUsedAt()).isEqualTo(START);
        assertThat(FRESH.version()).isZero();
    }

    @Test
    void twoRefreshesRacingWithOneTokenLeaveOneLiveChain() {
        Instant t = START.plusSeconds(60);
        RefreshFamily afterFirst = rotate(FRESH, "1", "2", t).state();

        Transition<RefreshFamily> second = rotate(afterFirst, "1", "2", t.plusMillis(30));

        assertThat(second).isEqualTo(Transition.stayed(afterFirst));
        assertThat(((RefreshFamily.Active) second.state()).current()).isEqualTo(D2);
    }

    @Test
    void presentingATokenTwoRotationsOldRevokesTheFamilyEvenInsideTheGraceWindow() {
        Instant t = START.plusSeconds(60);
        RefreshFamily afterTwo = rotate(rotate(FRESH, "1", "2", t).state(), "2", "3", t.plusMillis(1)).state();

        Transition<RefreshFamily> stolen = rotate(afterTwo, "1", "2", t.plusMillis(2));

        assertThat(stolen).isInstanceOf(Transition.Refused.class);
        assertThat(((Transition.Refused<RefreshFamily>) stolen).reason()).isEqualTo(Rejection.TOKEN_REUSED);
        assertThat(stolen.state()).isEqualTo(new RefreshFamily.Revoked(FACTS, 0, RevocationReason.TOKEN_REUSE, t.plusMillis(2)));
    }

    @Test
    void everyRotationRestartsTheIdleClock() {
        Instant justBeforeIdle = START.plus(POLICY.idleTimeout()).minusNanos(1);
        RefreshFamily rotated = rotate(FRESH, "1", "2", justBeforeIdle).state();

        assertThat(rotated).isInstanceOf(RefreshFamily.Active.class);
        Transition<RefreshFamily> next = rotate(rotated, "2", "3", justBeforeIdle.plus(POLICY.idleTimeout()).minusNanos(1));
        assertThat(next.state()).isInstanceOf(RefreshFamily.Active.class);
        assertThat(((RefreshFamily.Active) next.state()).current()).isEqualTo(D3);
    }

    @Test
    void noAmountOfUseOutlivesTheAbsoluteLifetime() {
        RefreshFamily family = FRESH;
        Instant t = START;
        String[] chain = {"1", "2", "3", "4", "5"};
        for (int i = 0; i + 1 < chain.length; i++) {
            t = t.plus(Duration.ofDays(7));
            family = rotate(family, chain[i], chain[i + 1], t).state();
            assertThat(family).isInstanceOf(RefreshFamily.Active.class);
        }

        Transition<RefreshFamily> pastEnd = rotate(family, "5", "6", FACTS.absoluteExpiresAt());
        assertThat(pastEnd).isEqualTo(Transition.refused(
                new RefreshFamily.Revoked(FACTS, 0, RevocationReason.EXPIRED, FACTS.absoluteExpiresAt()), Rejection.SESSION_EXPIRED));
    }

    @Test
    void sessionLifetimesMustBePositiveAndTheAbsoluteNoShorterThanIdle() {
        Duration m = Duration.ofMinutes(1);
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionPolicy(Duration.ZERO, m, m, m));
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionPolicy(m, m.negated(), m, m));
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionPolicy(m, m, Duration.ZERO, m));
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionPolicy(m, m, m.multipliedBy(2), m));
        assertThat(new SessionPolicy(m, Duration.ZERO, m, m).graceWindow()).isZero();
    }
}
