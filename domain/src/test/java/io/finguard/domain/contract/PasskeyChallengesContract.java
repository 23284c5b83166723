package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.UserId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyChallenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.port.out.PasskeyChallenges;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link PasskeyChallenges} store does: one challenge per user and purpose, spent when taken. */
public abstract class PasskeyChallengesContract extends PersistenceContract {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasskeyChallenges challenges() {
        return ports.passkeyChallenges();
    }

    private UserId storedUser() {
        var user = Samples.user(SampleValues.phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user.id();
    }

    private static PasskeyChallenge challenge(UserId user, PasskeyPurpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new PasskeyChallenge(user, purpose, Challenge.of(bytes), T0.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aHeldChallengeIsTakenOnceAndThenIsGone() {
        UserId user = storedUser();
        PasskeyChallenge held = challenge(user, PasskeyPurpose.STEP_UP);
        runInTx(() -> challenges().put(held));

        assertThat(inTx(() -> challenges().take(user, PasskeyPurpose.STEP_UP))).contains(held);
        assertThat(inTx(() -> challenges().take(user, PasskeyPurpose.STEP_UP))).isEmpty();
    }

    @Test
    void aNewChallengeReplacesTheHeldOneOfTheSamePurposeOnly() {
        UserId user = storedUser();
        PasskeyChallenge registration = challenge(user, PasskeyPurpose.REGISTRATION);
        PasskeyChallenge first = challenge(user, PasskeyPurpose.STEP_UP);
        PasskeyChallenge second = challenge(user, PasskeyPurpose.STEP_UP);
        runInTx(() -> {
            challenges().put(registration);
            challenges().put(first);
        });
        runInTx(() -> challenges().put(second));

        assertThat(inTx(() -> challenges().take(user, PasskeyPurpose.STEP_UP))).contains(second);
        assertThat(inTx(() -> challenges().take(user, PasskeyPurpose.REGISTRATION))).contains(registration);
    }

    @Test
    void aChallengeIsHeldPerUser() {
        UserId one = storedUser();
        UserId other = storedUser();
        runInTx(() -> challenges().put(challenge(one, PasskeyPurpose.STEP_UP)));

        assertThat(inTx(() -> challenges().take(other, PasskeyPurpose.STEP_UP))).isEmpty();
        assertThat(inTx(() -> challenges().take(one, PasskeyPurpose.STEP_UP))).isPresent();
    }
}
