package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.port.out.SeenProofs;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SeenProofs} does: a proof id is new once per key while remembered, then forgotten. */
public abstract class SeenProofsContract {
    private static final Duration REMEMBER = Duration.ofSeconds(1);

    /** A store (which may share state with earlier ones: every test uses fresh keys and ids). */
    protected abstract SeenProofs seenProofs();

    /** Lets this much time pass for the store. */
    protected abstract void advance(Duration amount);

    @Test
    void aProofIdIsFirstSeenOnceAndEveryLaterSightingIsAReplay() {
        SeenProofs seen = seenProofs();
        KeyThumbprint key = SampleValues.keyThumbprint();
        String jti = UUID.randomUUID().toString();

        assertThat(seen.firstSighting(key, jti, REMEMBER)).isTrue();
        assertThat(seen.firstSighting(key, jti, REMEMBER)).isFalse();
        assertThat(seen.firstSighting(key, jti, REMEMBER)).isFalse();
    }

    @Test
    void theSameProofIdUnderAnotherKeyIsAnotherProof() {
        SeenProofs seen = seenProofs();
        String jti = UUID.randomUUID().toString();

        assertThat(seen.firstSighting(SampleValues.keyThumbprint(), jti, REMEMBER)).isTrue();
        assertThat(seen.firstSighting(SampleValues.keyThumbprint(), jti, REMEMBER)).isTrue();
    }

    @Test
    void aProofIdIsForgottenOnceItsTimeIsUp() {
        SeenProofs seen = seenProofs();
        KeyThumbprint key = SampleValues.keyThumbprint();
        String jti = UUID.randomUUID().toString();
        assertThat(seen.firstSighting(key, jti, REMEMBER)).isTrue();

        advance(REMEMBER.plusMillis(300));

        assertThat(seen.firstSighting(key, jti, REMEMBER)).isTrue();
    }

    @Test
    void twoStoresOverTheSameBackingShareWhatTheySaw() {
        KeyThumbprint key = SampleValues.keyThumbprint();
        String jti = UUID.randomUUID().toString();

        assertThat(seenProofs().firstSighting(key, jti, REMEMBER)).isTrue();
        assertThat(secondInstance().firstSighting(key, jti, REMEMBER)).isFalse();
    }

    /** Another instance over the same backing store (another service's view of the same Redis). */
    protected SeenProofs secondInstance() {
        return seenProofs();
    }
}
