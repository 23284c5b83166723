package io.finguard.domain.session;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.digest;
import static io.finguard.domain.fixtures.Samples.family;
import static io.finguard.domain.fixtures.Samples.rotated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionLimitTest {
    private static final SessionPolicy POLICY = SessionPolicy.defaults();
    private final UserId user = SampleValues.userId();

    private RefreshFamily.Active usedAt(Instant created, Instant lastUsed) {
        RefreshFamily.Active fresh = family(user, digest(), created);
        return lastUsed.equals(created) ? fresh : rotated(fresh, digest(), lastUsed);
    }

    @Test
    void belowTheCapNothingEnds() {
        List<RefreshFamily.Active> live = List.of(usedAt(T0, T0), usedAt(T0, T0.plusSeconds(5)));

        assertThat(new SessionLimit(3).toEndBeforeStart(live, T0.plusSeconds(10), POLICY)).isEmpty();
    }

    @Test
    void atTheCapTheLeastRecentlyUsedEndsNotTheOldest() {
        RefreshFamily.Active oldestButBusy = usedAt(T0, T0.plusSeconds(500));
        RefreshFamily.Active idle = usedAt(T0.plusSeconds(10), T0.plusSeconds(10));
        RefreshFamily.Active recent = usedAt(T0.plusSeconds(20), T0.plusSeconds(400));

        assertThat(new SessionLimit(3).toEndBeforeStart(List.of(oldestButBusy, idle, recent), T0.plusSeconds(600), POLICY))
                .containsExactly(idle);
    }

    @Test
    void overTheCapAfterItWasLoweredAsManyEndAsNeededIdlestFirst() {
        RefreshFamily.Active a = usedAt(T0, T0.plusSeconds(30));
        RefreshFamily.Active b = usedAt(T0, T0.plusSeconds(10));
        RefreshFamily.Active c = usedAt(T0, T0.plusSeconds(20));
        RefreshFamily.Active d = usedAt(T0, T0.plusSeconds(40));

        assertThat(new SessionLimit(2).toEndBeforeStart(List.of(a, b, c, d), T0.plusSeconds(60), POLICY)).containsExactly(b, c, a);
    }

    @Test
    void equallyIdleSessionsEndOldestFirst() {
        RefreshFamily.Active younger = usedAt(T0.plusSeconds(5), T0.plusSeconds(50));
        RefreshFamily.Active older = usedAt(T0, T0.plusSeconds(50));

        assertThat(new SessionLimit(2).toEndBeforeStart(List.of(younger, older), T0.plusSeconds(60), POLICY)).containsExactly(older);
    }

    @Test
    void anExpiredFamilyIsNotLiveAndDoesNotCount() {
        RefreshFamily.Active longIdle = usedAt(T0, T0);
        RefreshFamily.Active live = usedAt(T0.plus(POLICY.idleTimeout()), T0.plus(POLICY.idleTimeout()));
        Instant now = T0.plus(POLICY.idleTimeout()).plusSeconds(1);

        assertThat(new SessionLimit(2).toEndBeforeStart(List.of(longIdle, live), now, POLICY)).isEmpty();
        assertThat(new SessionLimit(1).toEndBeforeStart(List.of(longIdle, live), now, POLICY)).containsExactly(live);
    }

    @Test
    void theCapIsAtLeastOneAndTenByDefault() {
        assertThatThrownBy(() -> new SessionLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SessionLimit.defaults().maxLive()).isEqualTo(10);
    }
}
