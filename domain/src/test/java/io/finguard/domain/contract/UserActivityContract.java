package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.port.out.UserActivity;
import io.finguard.domain.user.User;
import org.junit.jupiter.api.Test;

/** What every {@link UserActivity} store does: nothing until recorded, then the latest instant, never going back. */
public abstract class UserActivityContract extends PersistenceContract {

    private UserActivity activity() {
        return ports.userActivity();
    }

    private User.Active storedUser() {
        User.Active user = user(phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user;
    }

    @Test
    void aUserWithNoRecordedActivityHasNone() {
        User.Active user = storedUser();

        assertThat(inTx(() -> activity().lastActive(user.id()))).isEmpty();
    }

    @Test
    void theLatestActivityIsKeptAndAnEarlierOneDoesNotMoveItBack() {
        User.Active user = storedUser();

        runInTx(() -> activity().record(user.id(), T0.plusSeconds(60)));
        runInTx(() -> activity().record(user.id(), T0.plusSeconds(120)));
        runInTx(() -> activity().record(user.id(), T0.plusSeconds(90)));

        assertThat(inTx(() -> activity().lastActive(user.id()))).contains(T0.plusSeconds(120));
    }

    @Test
    void activityOfOneUserIsNotAnothers() {
        User.Active one = storedUser();
        User.Active other = storedUser();

        runInTx(() -> activity().record(one.id(), T0.plusSeconds(5)));

        assertThat(inTx(() -> activity().lastActive(other.id()))).isEmpty();
    }
}
