package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryEvent;
import io.finguard.domain.phone.RecoveryFacts;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Recoveries;
import io.finguard.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Recoveries} store does: round trips of every state, one open recovery per user and per new number. */
public abstract class RecoveriesContract extends PersistenceContract {
    private static final Duration LIFETIME = Duration.ofHours(72);

    private Recoveries recoveries() {
        return ports.recoveries();
    }

    private User.Active storedUser() {
        User.Active user = user(phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user;
    }

    private static Recovery.Requested requested(User user, PhoneNumber newPhone, Instant at) {
        return Recovery.request(new RecoveryFacts(RecoveryId.of(UUID.randomUUID()), user.id(), user.facts().phone(), newPhone, at,
                at.plus(LIFETIME)));
    }

    @Test
    void everyStateComesBackWithWhatItHolds() {
        Instant at = T0.plusSeconds(10);
        for (List<RecoveryEvent> path : List.<List<RecoveryEvent>>of(
                List.<RecoveryEvent>of(),
                List.<RecoveryEvent>of(new RecoveryEvent.StartIdentityCheck("kyc_a", at)),
                List.<RecoveryEvent>of(new RecoveryEvent.StartIdentityCheck("kyc_b", at), new RecoveryEvent.Decide(true, at)),
                List.<RecoveryEvent>of(new RecoveryEvent.StartIdentityCheck("kyc_c", at), new RecoveryEvent.Decide(false, at)),
                List.<RecoveryEvent>of(new RecoveryEvent.StartIdentityCheck("kyc_d", at), new RecoveryEvent.Decide(true, at), new RecoveryEvent.Complete(at)),
                List.<RecoveryEvent>of(new RecoveryEvent.Tick(T0.plus(LIFETIME))))) {
            User.Active user = storedUser();
            Recovery recovery = requested(user, phone(), T0);
            runInTx(() -> recoveries().add(recovery));
            Recovery state = recovery;
            for (RecoveryEvent event : path) {
                state = state.on(event).state();
            }
            Recovery last = state;
            if (!path.isEmpty()) {
                runInTx(() -> recoveries().update(last));
            }

            Recovery stored = inTx(() -> recoveries().lock(recovery.facts().id())).orElseThrow();
            assertThat(stored.status()).isEqualTo(last.status());
            assertThat(stored.facts()).isEqualTo(last.facts());
            assertThat(stored.version()).isEqualTo(path.isEmpty() ? 0 : 1);
            assertThat(inTx(() -> recoveries().lockNewestFor(recovery.facts().newPhone()))).contains(stored);
            assertThat(inTx(() -> recoveries().lockOpenOf(user.id())).isPresent()).isEqualTo(last.status().isOpen());
        }
    }

    @Test
    void anOpenRecoveryBlocksASecondOneForTheSameUserAndForTheSameNewNumber() {
        User.Active user = storedUser();
        Recovery.Requested open = requested(user, phone(), T0);
        runInTx(() -> recoveries().add(open));

        assertThatThrownBy(() -> runInTx(() -> recoveries().add(requested(user, phone(), T0))))
                .isInstanceOf(DuplicateException.class);
        User.Active other = storedUser();
        assertThatThrownBy(() -> runInTx(() -> recoveries().add(requested(other, open.facts().newPhone(), T0))))
                .isInstanceOf(DuplicateException.class);
    }

    @Test
    void anEndedRecoveryMakesRoomAndTheNewestOneIsFound() {
        User.Active user = storedUser();
        PhoneNumber newPhone = phone();
        Recovery.Requested first = requested(user, newPhone, T0);
        Recovery.Requested second = requested(user, newPhone, T0.plusSeconds(60));
        runInTx(() -> {
            recoveries().add(first);
            recoveries().update(first.on(new RecoveryEvent.Tick(T0.plus(LIFETIME))).state());
            recoveries().add(second);
        });

        assertThat(inTx(() -> recoveries().lockNewestFor(newPhone))).contains(second);
        assertThat(inTx(() -> recoveries().lockOpenOf(user.id()))).contains(second);
        assertThat(inTx(() -> recoveries().lockNewestFor(phone()))).isEmpty();
    }

    @Test
    void aStaleVersionIsRefused() {
        User.Active user = storedUser();
        Recovery.Requested recovery = requested(user, phone(), T0);
        runInTx(() -> recoveries().add(recovery));
        runInTx(() -> recoveries().update(recovery.on(new RecoveryEvent.StartIdentityCheck("kyc_x", T0)).state()));

        assertThatThrownBy(() -> runInTx(() -> recoveries().update(recovery.on(new RecoveryEvent.StartIdentityCheck("kyc_y", T0)).state())))
                .isInstanceOf(ConcurrentUpdateException.class);
    }
}
