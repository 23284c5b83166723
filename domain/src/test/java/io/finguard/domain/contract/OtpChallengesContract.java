package io.finguard.domain.contract;

import io.finguard.domain.retention.EndedKind;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.challengeFacts;
import static io.finguard.domain.fixtures.Samples.pendingChallenge;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.otp.ChallengeFacts;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.OtpChallenges;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link OtpChallenges} store does: round trips, one PENDING per phone and purpose, versions, purge. */
public abstract class OtpChallengesContract extends PersistenceContract {

    private OtpChallenges challenges() {
        return ports.otpChallenges();
    }

    @Test
    void aPendingChallengeComesBackWithAllItsFields() {
        OtpChallenge.Pending pending = new OtpChallenge.Pending(challengeFacts(phone(), T0), 2, 0);
        runInTx(() -> challenges().add(pending));

        assertThat(inTx(() -> challenges().lock(pending.id()))).contains(pending);
        assertThat(inTx(() -> challenges().lockPending(pending.facts().phone(), OtpPurpose.PHONE_ENTRY))).contains(pending);
    }

    static Stream<Integer> endedStates() {
        return IntStream.range(0, Samples.endedChallenges(pendingChallenge(phone(), T0), 0).size()).boxed();
    }

    @ParameterizedTest(name = "ended state #{0}")
    @MethodSource("endedStates")
    void everyEndedStateComesBackWithAllItsFieldsAndTheNextVersion(int index) {
        OtpChallenge.Pending pending = pendingChallenge(phone(), T0);
        OtpChallenge ended = Samples.endedChallenges(pending, 0).get(index);
        runInTx(() -> {
            challenges().add(pending);
            challenges().update(ended);
        });

        OtpChallenge stored = inTx(() -> challenges().lock(pending.id())).orElseThrow();
        assertThat(stored).isEqualTo(Samples.endedChallenges(pending, 1).get(index));
        assertThat(stored.getClass()).isEqualTo(ended.getClass());
        assertThat(inTx(() -> challenges().lockPending(pending.facts().phone(), OtpPurpose.PHONE_ENTRY))).isEmpty();
    }

    @Test
    void eachUpdateRaisesTheVersionByOneAndKeepsTheAttempts() {
        OtpChallenge.Pending pending = pendingChallenge(phone(), T0);
        runInTx(() -> challenges().add(pending));

        runInTx(() -> challenges().update(new OtpChallenge.Pending(pending.facts(), 1, 0)));
        runInTx(() -> challenges().update(new OtpChallenge.Pending(pending.facts(), 2, 1)));

        assertThat(inTx(() -> challenges().lock(pending.id()))).contains(new OtpChallenge.Pending(pending.facts(), 2, 2));
    }

    @Test
    void anUpdateWithAStaleVersionIsRefusedAndChangesNothing() {
        OtpChallenge.Pending pending = pendingChallenge(phone(), T0);
        runInTx(() -> challenges().add(pending));
        runInTx(() -> challenges().update(new OtpChallenge.Pending(pending.facts(), 1, 0)));

        assertThatThrownBy(() -> runInTx(() -> challenges().update(new OtpChallenge.Pending(pending.facts(), 3, 0))))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> challenges().lock(pending.id()))).contains(new OtpChallenge.Pending(pending.facts(), 1, 1));
    }

    @Test
    void anUpdateOfAChallengeNeverStoredIsRefused() {
        OtpChallenge.Pending never = pendingChallenge(phone(), T0);
        assertThatThrownBy(() -> runInTx(() -> challenges().update(never))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void unknownIdsAndPhonesFindNothing() {
        assertThat(inTx(() -> challenges().lock(SampleValues.challengeId()))).isEmpty();
        assertThat(inTx(() -> challenges().lockPending(phone(), OtpPurpose.PHONE_ENTRY))).isEmpty();
    }

    @Test
    void aSecondPendingChallengeForTheSamePhoneAndPurposeIsRefused() {
        PhoneNumber phone = phone();
        OtpChallenge.Pending first = pendingChallenge(phone, T0);
        runInTx(() -> challenges().add(first));

        assertThatThrownBy(() -> runInTx(() -> challenges().add(pendingChallenge(phone, T0.plusSeconds(60)))))
                .isInstanceOf(DuplicateException.class);
        assertThat(inTx(() -> challenges().lockPending(phone, OtpPurpose.PHONE_ENTRY))).contains(first);
    }

    @Test
    void aResendSupersedesThePendingChallengeAndAddsTheNextInOneTransaction() {
        PhoneNumber phone = phone();
        OtpChallenge.Pending first = pendingChallenge(phone, T0);
        OtpChallenge.Pending second = pendingChallenge(phone, T0.plusSeconds(60));
        runInTx(() -> challenges().add(first));

        runInTx(() -> {
            OtpChallenge.Pending locked = challenges().lockPending(phone, OtpPurpose.PHONE_ENTRY).orElseThrow();
            challenges().update(new OtpChallenge.Superseded(locked.facts(), locked.attempts(), locked.version(), T0.plusSeconds(60)));
            challenges().add(second);
        });

        assertThat(inTx(() -> challenges().lockPending(phone, OtpPurpose.PHONE_ENTRY))).contains(second);
        assertThat(inTx(() -> challenges().lock(first.id()))).get().isInstanceOf(OtpChallenge.Superseded.class);
    }

    @Test
    void pendingChallengesOfOtherPhonesDoNotCollide() {
        OtpChallenge.Pending a = pendingChallenge(phone(), T0);
        OtpChallenge.Pending b = pendingChallenge(phone(), T0);
        runInTx(() -> {
            challenges().add(a);
            challenges().add(b);
        });

        assertThat(inTx(() -> challenges().lockPending(a.facts().phone(), OtpPurpose.PHONE_ENTRY))).contains(a);
        assertThat(inTx(() -> challenges().lockPending(b.facts().phone(), OtpPurpose.PHONE_ENTRY))).contains(b);
    }

    @Test
    void purgeDeletesChallengesThatEndedBeforeTheCutoffAndKeepsTheRest() {
        Instant cutoff = T0.plusSeconds(600);
        ChallengeFacts early = challengeFacts(phone(), T0);                     // expires T0+5min
        ChallengeFacts late = challengeFacts(phone(), T0.plusSeconds(480));     // expires T0+13min
        List<OtpChallenge> gone = List.of(
                pendingChallenge(phone(), T0),
                new OtpChallenge.Verified(challengeFacts(phone(), T0), 0, 0, T0.plusSeconds(30)),
                new OtpChallenge.Superseded(challengeFacts(phone(), T0), 1, 0, T0.plusSeconds(61)),
                new OtpChallenge.Expired(early, 0, 0, early.expiresAt()),
                new OtpChallenge.Exhausted(challengeFacts(phone(), T0), 5, 0));
        List<OtpChallenge> kept = List.of(
                new OtpChallenge.Pending(late, 0, 0),
                new OtpChallenge.Verified(challengeFacts(phone(), T0.plusSeconds(540)), 0, 0, cutoff),
                new OtpChallenge.Superseded(challengeFacts(phone(), T0.plusSeconds(540)), 0, 0, cutoff.plusSeconds(1)),
                new OtpChallenge.Exhausted(challengeFacts(phone(), T0.plusSeconds(540)), 5, 0));
        runInTx(() -> Stream.concat(gone.stream(), kept.stream()).forEach(this::store));

        int purged = purgeAllEnded(EndedKind.OTP_CHALLENGES, cutoff);

        assertThat(purged).isGreaterThanOrEqualTo(gone.size());
        gone.forEach(c -> assertThat(inTx(() -> challenges().lock(c.id()))).as("purged %s", c).isEmpty());
        kept.forEach(c -> assertThat(inTx(() -> challenges().lock(c.id()))).as("kept %s", c).isPresent());
    }

    /** Stores any state: a pending challenge is added, an ended one is added pending and then moved. */
    private void store(OtpChallenge challenge) {
        OtpChallenge.Pending pending = new OtpChallenge.Pending(challenge.facts(), 0, 0);
        challenges().add(pending);
        if (!(challenge instanceof OtpChallenge.Pending)) {
            challenges().update(challenge);
        }
    }
}
