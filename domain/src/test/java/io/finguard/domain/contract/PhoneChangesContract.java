package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.challengeId;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.phone.PhoneChange;
import io.finguard.domain.phone.PhoneChangeEvent;
import io.finguard.domain.phone.PhoneChangeFacts;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.PhoneChanges;
import io.finguard.domain.user.User;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link PhoneChanges} store does: round trips of every state, one PENDING change per user, versions. */
public abstract class PhoneChangesContract extends PersistenceContract {

    private PhoneChanges changes() {
        return ports.phoneChanges();
    }

    private User.Active storedUser() {
        User.Active user = user(phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user;
    }

    private static PhoneChange.Pending pending(User user, Instant at) {
        return PhoneChange.request(new PhoneChangeFacts(challengeId(), user.id(), phone(), at, at.plusSeconds(300)));
    }

    @Test
    void aPendingChangeComesBackByChallengeAndAsTheUsersPendingOne() {
        User.Active user = storedUser();
        PhoneChange.Pending change = pending(user, T0);
        runInTx(() -> changes().add(change));

        assertThat(inTx(() -> changes().lock(change.facts().challenge()))).contains(change);
        assertThat(inTx(() -> changes().lockPendingOf(user.id()))).contains(change);
        assertThat(inTx(() -> changes().lock(challengeId()))).isEmpty();
    }

    @Test
    void everyLaterStateComesBackWithItsInstantAndANewVersion() {
        User.Active user = storedUser();
        for (PhoneChangeEvent event : new PhoneChangeEvent[] {new PhoneChangeEvent.Confirm(T0.plusSeconds(5)),
                new PhoneChangeEvent.Supersede(T0.plusSeconds(6)), new PhoneChangeEvent.Tick(T0.plusSeconds(400))}) {
            PhoneChange.Pending change = pending(user, T0);
            runInTx(() -> changes().add(change));
            PhoneChange next = change.on(event).state();
            runInTx(() -> changes().update(next));

            PhoneChange stored = inTx(() -> changes().lock(change.facts().challenge())).orElseThrow();
            assertThat(stored.status()).isEqualTo(next.status());
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.on(new PhoneChangeEvent.Tick(T0)).state()).isEqualTo(stored);
            assertThat(inTx(() -> changes().lockPendingOf(user.id()))).isEmpty();
        }
    }

    @Test
    void aSecondPendingChangeOfOneUserIsRefusedButTwoUsersMayEachWantTheSameNumber() {
        User.Active user = storedUser();
        PhoneChange.Pending first = pending(user, T0);
        runInTx(() -> changes().add(first));

        assertThatThrownBy(() -> runInTx(() -> changes().add(pending(user, T0.plusSeconds(1)))))
                .isInstanceOf(DuplicateException.class);

        User.Active other = storedUser();
        PhoneChange.Pending sameNumber = PhoneChange.request(new PhoneChangeFacts(challengeId(), other.id(),
                first.facts().newPhone(), T0, T0.plusSeconds(300)));
        runInTx(() -> changes().add(sameNumber));
        assertThat(inTx(() -> changes().lockPendingOf(other.id()))).contains(sameNumber);
    }

    @Test
    void aSupersededChangeMakesRoomForTheNextOne() {
        User.Active user = storedUser();
        PhoneChange.Pending first = pending(user, T0);
        PhoneChange.Pending second = pending(user, T0.plusSeconds(1));
        runInTx(() -> {
            changes().add(first);
            changes().update(first.on(new PhoneChangeEvent.Supersede(T0.plusSeconds(1))).state());
            changes().add(second);
        });

        assertThat(inTx(() -> changes().lockPendingOf(user.id()))).contains(second);
    }

    @Test
    void aStaleVersionIsRefused() {
        User.Active user = storedUser();
        PhoneChange.Pending change = pending(user, T0);
        runInTx(() -> changes().add(change));
        runInTx(() -> changes().update(change.on(new PhoneChangeEvent.Confirm(T0.plusSeconds(1))).state()));

        assertThatThrownBy(() -> runInTx(() -> changes().update(change.on(new PhoneChangeEvent.Supersede(T0.plusSeconds(2))).state())))
                .isInstanceOf(ConcurrentUpdateException.class);
    }
}
