package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.KnownDevice;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.KnownKeys;
import org.junit.jupiter.api.Test;

/** What every {@link KnownKeys} store does: a step-up makes a key known for one user, seen moves last seen, forget. */
public abstract class KnownKeysContract extends PersistenceContract {

    private KnownKeys keys() {
        return ports.knownKeys();
    }

    @Test
    void aKeyIsUnknownUntilItStepsUpAndThenKnownOnlyForThatUser() {
        UserId user = SampleValues.userId();
        KeyThumbprint key = SampleValues.keyThumbprint();

        assertThat(inTx(() -> keys().isKnown(user, key))).isFalse();
        runInTx(() -> keys().steppedUp(user, key, T0));

        assertThat(inTx(() -> keys().isKnown(user, key))).isTrue();
        assertThat(inTx(() -> keys().isKnown(SampleValues.userId(), key))).isFalse();
        assertThat(inTx(() -> keys().of(user))).containsExactly(new KnownDevice(key, T0, T0));
    }

    @Test
    void seenMovesLastSeenOfAKnownKeyAndLeavesAnUnknownKeyUnknown() {
        UserId user = SampleValues.userId();
        KeyThumbprint key = SampleValues.keyThumbprint();
        KeyThumbprint stranger = SampleValues.keyThumbprint();
        runInTx(() -> keys().steppedUp(user, key, T0));

        runInTx(() -> keys().seen(user, key, T0.plusSeconds(60)));
        runInTx(() -> keys().seen(user, stranger, T0.plusSeconds(60)));

        assertThat(inTx(() -> keys().of(user))).containsExactly(new KnownDevice(key, T0, T0.plusSeconds(60)));
        assertThat(inTx(() -> keys().isKnown(user, stranger))).isFalse();
    }

    @Test
    void aSecondStepUpKeepsFirstSeenAndListsMostRecentlySeenFirst() {
        UserId user = SampleValues.userId();
        KeyThumbprint older = SampleValues.keyThumbprint();
        KeyThumbprint newer = SampleValues.keyThumbprint();
        runInTx(() -> keys().steppedUp(user, older, T0));
        runInTx(() -> keys().steppedUp(user, newer, T0.plusSeconds(10)));
        runInTx(() -> keys().steppedUp(user, older, T0.plusSeconds(20)));

        assertThat(inTx(() -> keys().of(user))).containsExactly(
                new KnownDevice(older, T0, T0.plusSeconds(20)), new KnownDevice(newer, T0.plusSeconds(10), T0.plusSeconds(10)));
    }

    @Test
    void forgettingMakesTheKeyNewAgainAndSaysWhetherItWasKnown() {
        UserId user = SampleValues.userId();
        KeyThumbprint key = SampleValues.keyThumbprint();
        runInTx(() -> keys().steppedUp(user, key, T0));

        assertThat(inTx(() -> keys().forget(user, key))).isTrue();
        assertThat(inTx(() -> keys().forget(user, key))).isFalse();
        assertThat(inTx(() -> keys().isKnown(user, key))).isFalse();
        assertThat(inTx(() -> keys().of(user))).isEmpty();
    }

    @Test
    void aRolledBackStepUpLeavesTheKeyUnknown() {
        UserId user = SampleValues.userId();
        KeyThumbprint key = SampleValues.keyThumbprint();

        try {
            runInTx(() -> {
                keys().steppedUp(user, key, T0);
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(inTx(() -> keys().isKnown(user, key))).isFalse();
    }
}
