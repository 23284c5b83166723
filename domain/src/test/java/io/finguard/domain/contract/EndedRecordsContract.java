package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.challengeId;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyChallenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.phone.PhoneChange;
import io.finguard.domain.phone.PhoneChangeEvent;
import io.finguard.domain.phone.PhoneChangeFacts;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryEvent;
import io.finguard.domain.phone.RecoveryFacts;
import io.finguard.domain.port.out.EndedRecords;
import io.finguard.domain.retention.EndedKind;
import io.finguard.domain.user.User;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EndedRecords} store does for the kinds whose stores have no contract of their own on it (changes of
 * number, recoveries, passkey challenges) and for every kind: a batch is bounded. Codes, signups and sessions are
 * purged in their stores' contracts. What is still live, or ended after the cutoff, always stays.
 */
public abstract class EndedRecordsContract extends PersistenceContract {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration LIFETIME = Duration.ofHours(72);

    private User.Active storedUser() {
        User.Active user = user(phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user;
    }

    /** A change of a new user requested at {@code at} (5 minutes to confirm), moved by {@code event} when there is one. */
    private PhoneChange storedChange(Instant at, PhoneChangeEvent... events) {
        PhoneChange.Pending pending = PhoneChange.request(new PhoneChangeFacts(challengeId(), storedUser().id(), phone(), at,
                at.plusSeconds(300)));
        runInTx(() -> ports.phoneChanges().add(pending));
        PhoneChange state = pending;
        for (PhoneChangeEvent event : events) {
            state = state.on(event).state();
        }
        PhoneChange last = state;
        if (events.length > 0) {
            runInTx(() -> ports.phoneChanges().update(last));
        }
        return last;
    }

    /** A recovery of a new user requested at {@code at} (72 hours to finish), moved by {@code events}. */
    private Recovery storedRecovery(Instant at, RecoveryEvent... events) {
        User.Active user = storedUser();
        Recovery.Requested requested = Recovery.request(new RecoveryFacts(RecoveryId.of(UUID.randomUUID()), user.id(),
                user.facts().phone(), phone(), at, at.plus(LIFETIME)));
        runInTx(() -> ports.recoveries().add(requested));
        Recovery state = requested;
        for (RecoveryEvent event : events) {
            state = state.on(event).state();
        }
        Recovery last = state;
        if (events.length > 0) {
            runInTx(() -> ports.recoveries().update(last));
        }
        return last;
    }

    private PasskeyChallenge storedPasskeyChallenge(Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        PasskeyChallenge challenge = new PasskeyChallenge(storedUser().id(), PasskeyPurpose.STEP_UP, Challenge.of(bytes), expiresAt);
        runInTx(() -> ports.passkeyChallenges().put(challenge));
        return challenge;
    }

    /** Whether the challenge is still held; take() spends it, so ask once, last. */
    private boolean passkeyChallengeHeld(PasskeyChallenge challenge) {
        return inTx(() -> ports.passkeyChallenges().take(challenge.user(), challenge.purpose())).isPresent();
    }

    @Test
    void changesOfNumberThatEndedBeforeTheCutoffGoAndTheRestStay() {
        Instant cutoff = T0.plusSeconds(600);
        List<PhoneChange> gone = List.of(
                storedChange(T0),                                                       // pending, expired at T0+5min
                storedChange(T0, new PhoneChangeEvent.Confirm(T0.plusSeconds(5))),
                storedChange(T0, new PhoneChangeEvent.Supersede(T0.plusSeconds(6))),
                storedChange(T0, new PhoneChangeEvent.Tick(T0.plusSeconds(400))));
        List<PhoneChange> kept = List.of(
                storedChange(T0.plusSeconds(500)),                                      // pending until T0+800s
                storedChange(T0.plusSeconds(500), new PhoneChangeEvent.Confirm(cutoff.plusSeconds(1))));

        assertThat(purgeAllEnded(EndedKind.PHONE_CHANGES, cutoff)).isGreaterThanOrEqualTo(gone.size());

        gone.forEach(c -> assertThat(inTx(() -> ports.phoneChanges().lock(c.facts().challenge()))).as("purged %s", c).isEmpty());
        kept.forEach(c -> assertThat(inTx(() -> ports.phoneChanges().lock(c.facts().challenge()))).as("kept %s", c)
                .hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(c.status())));
    }

    @Test
    void recoveriesThatEndedBeforeTheCutoffGoAndOpenOrLaterOnesStay() {
        Instant at = T0.plusSeconds(10);
        Instant cutoff = T0.plus(LIFETIME).plusSeconds(3600);
        List<Recovery> gone = List.of(
                storedRecovery(T0),                                                     // open, but past its expiry
                storedRecovery(T0, new RecoveryEvent.StartIdentityCheck("kyc_a", at), new RecoveryEvent.Decide(false, at)),
                storedRecovery(T0, new RecoveryEvent.StartIdentityCheck("kyc_b", at), new RecoveryEvent.Decide(true, at),
                        new RecoveryEvent.Complete(at)),
                storedRecovery(T0, new RecoveryEvent.Tick(T0.plus(LIFETIME))));
        Instant later = cutoff.minusSeconds(60);
        List<Recovery> kept = List.of(
                storedRecovery(later),
                storedRecovery(later, new RecoveryEvent.StartIdentityCheck("kyc_c", later), new RecoveryEvent.Decide(true, later)),
                storedRecovery(later, new RecoveryEvent.StartIdentityCheck("kyc_d", later), new RecoveryEvent.Decide(false,
                        cutoff.plusSeconds(1))));

        assertThat(purgeAllEnded(EndedKind.RECOVERIES, cutoff)).isGreaterThanOrEqualTo(gone.size());

        gone.forEach(r -> assertThat(inTx(() -> ports.recoveries().lock(r.facts().id()))).as("purged %s", r.status()).isEmpty());
        kept.forEach(r -> assertThat(inTx(() -> ports.recoveries().lock(r.facts().id()))).as("kept %s", r.status())
                .hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(r.status())));
    }

    @Test
    void passkeyChallengesPastTheirExpiryBeforeTheCutoffGoAndTheRestStay() {
        Instant cutoff = T0.plus(Duration.ofMinutes(10));
        PasskeyChallenge expired = storedPasskeyChallenge(T0.plus(Duration.ofMinutes(2)));
        PasskeyChallenge held = storedPasskeyChallenge(cutoff.plusSeconds(60));

        assertThat(purgeAllEnded(EndedKind.PASSKEY_CHALLENGES, cutoff)).isGreaterThanOrEqualTo(1);

        assertThat(passkeyChallengeHeld(expired)).isFalse();
        assertThat(passkeyChallengeHeld(held)).isTrue();
    }

    @Test
    void oneCallDeletesNoMoreThanItsLimit() {
        Instant cutoff = T0.plus(Duration.ofMinutes(10));
        List<PasskeyChallenge> expired = List.of(storedPasskeyChallenge(T0), storedPasskeyChallenge(T0),
                storedPasskeyChallenge(T0));

        assertThat(inTx(() -> ports.endedRecords().purge(EndedKind.PASSKEY_CHALLENGES, cutoff, 2))).isEqualTo(2);
        assertThat(purgeAllEnded(EndedKind.PASSKEY_CHALLENGES, cutoff)).isGreaterThanOrEqualTo(1);
        expired.forEach(c -> assertThat(passkeyChallengeHeld(c)).isFalse());
    }
}
