package io.finguard.application.retention;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.event.DomainEvent;
import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.fixtures.InMemoryPersistence;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.passkey.Challenge;
import io.finguard.domain.passkey.PasskeyChallenge;
import io.finguard.domain.passkey.PasskeyPurpose;
import io.finguard.domain.retention.EndedKind;
import io.finguard.domain.retention.RetentionPolicy;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.txauth.AuthorizationFacts;
import io.finguard.domain.txauth.PaymentDigest;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.user.User;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A purge run deletes what ended before each kind's retention, batch by batch, and leaves live records alone. */
class PurgeEndedRecordsTest {
    private final InMemoryPersistence db = new InMemoryPersistence();
    private final Instant now = T0.plus(Duration.ofDays(40));

    private <T> T inTx(Supplier<T> work) {
        return db.transactions().inTransaction(work);
    }

    private void runInTx(Runnable work) {
        inTx(() -> {
            work.run();
            return null;
        });
    }

    private PasskeyChallenge storedPasskeyChallenge(Instant expiresAt) {
        User.Active user = Samples.user(phone(), T0);
        PasskeyChallenge challenge = new PasskeyChallenge(user.id(), PasskeyPurpose.STEP_UP, Challenge.of(new byte[32]), expiresAt);
        runInTx(() -> {
            db.users().add(user);
            db.passkeyChallenges().put(challenge);
        });
        return challenge;
    }

    @Test
    void aRunDeletesWhatEndedBeforeEachKindsRetentionAndKeepsLiveRecordsAndRecentEnds() {
        OtpChallenge.Pending oldCode = Samples.pendingChallenge(phone(), T0);
        OtpChallenge.Pending liveCode = Samples.pendingChallenge(phone(), now.minusSeconds(60));
        PreUser.Created abandoned = Samples.created(phone(), T0);
        PreUser.UnderReview inReview = Samples.underReview(phone(), T0);
        RefreshFamily.Active revoked = Samples.family(SampleValues.userId(), SampleValues.digest(), T0);
        RefreshFamily.Active live = Samples.family(SampleValues.userId(), SampleValues.digest(), now.minus(Duration.ofDays(2)));
        RefreshFamily.Active endedYesterday = Samples.family(SampleValues.userId(), SampleValues.digest(), now.minus(Duration.ofDays(3)));
        runInTx(() -> {
            db.otpChallenges().add(oldCode);
            db.otpChallenges().add(liveCode);
            db.preUsers().add(abandoned);
            db.preUsers().add(inReview);
            db.sessions().add(revoked);
            db.sessions().add(live);
            db.sessions().add(endedYesterday);
        });
        runInTx(() -> {
            db.sessions().update(Samples.revoked(revoked, RevocationReason.LOGOUT, T0.plusSeconds(10)));
            db.sessions().update(Samples.revoked(endedYesterday, RevocationReason.LOGOUT, now.minus(Duration.ofDays(1))));
        });

        Purged purged = new PurgeEndedRecords(db.transactions(), db.endedRecords(), RetentionPolicy.defaults()).run(now);

        assertThat(purged.of(EndedKind.OTP_CHALLENGES)).isEqualTo(1);
        assertThat(purged.of(EndedKind.SIGNUPS)).isEqualTo(1);
        assertThat(purged.of(EndedKind.SESSIONS)).isEqualTo(1);
        assertThat(purged.total()).isEqualTo(3);
        runInTx(() -> {
            assertThat(db.otpChallenges().lock(oldCode.id())).isEmpty();
            assertThat(db.otpChallenges().lock(liveCode.id())).isPresent();
            assertThat(db.preUsers().lock(abandoned.facts().id())).isEmpty();
            assertThat(db.preUsers().lock(inReview.facts().id())).isPresent();
            assertThat(db.sessions().lock(revoked.id())).isEmpty();
            assertThat(db.sessions().lock(live.id())).isPresent();
            assertThat(db.sessions().lock(endedYesterday.id())).as("inside its week of retention").isPresent();
        });
    }

    private EventEnvelope deliveredAt(Instant at) {
        EventEnvelope event = EventEnvelope.of(UUID.randomUUID(), new DomainEvent.UserBlocked(SampleValues.userId(), at));
        runInTx(() -> db.events().publish(event));
        db.events().dispatch(d -> { }, 10, at);
        return event;
    }

    private Authorization authorizationCreatedAt(Instant at) {
        UserId payer = SampleValues.userId();
        AccountId payee = SampleValues.accountId();
        Authorization used = new Authorization.Used(new AuthorizationFacts(AuthorizationId.of(UUID.randomUUID()), payer, payee,
                "+49 *** ** 12", SampleValues.money(2_000), PaymentDigest.of(payer, payee, SampleValues.money(2_000), "k"), at,
                at.plus(Duration.ofMinutes(5))), AuthMethod.PIN, at.plusSeconds(30));
        runInTx(() -> db.authorizations().add(used));
        return used;
    }

    @Test
    void aRunTakesDeliveredEventsAfterAWeekAndPaymentAuthorisationsAfter400Days() {
        Instant later = T0.plus(Duration.ofDays(500));
        deliveredAt(later.minus(Duration.ofDays(8)));
        EventEnvelope recent = deliveredAt(later.minus(Duration.ofDays(6)));
        Authorization disputeWindowOver = authorizationCreatedAt(later.minus(Duration.ofDays(401)));
        Authorization stillDisputable = authorizationCreatedAt(later.minus(Duration.ofDays(399)));

        Purged purged = new PurgeEndedRecords(db.transactions(), db.endedRecords(), RetentionPolicy.defaults()).run(later);

        assertThat(purged.of(EndedKind.DELIVERED_EVENTS)).isEqualTo(1);
        assertThat(purged.of(EndedKind.DEAD_EVENTS)).isZero();
        assertThat(purged.of(EndedKind.PAYMENT_AUTHORIZATIONS)).isEqualTo(1);
        assertThat(db.events().published()).containsExactly(recent);
        runInTx(() -> {
            assertThat(db.authorizations().lock(disputeWindowOver.facts().id())).isEmpty();
            assertThat(db.authorizations().lock(stillDisputable.facts().id())).contains(stillDisputable);
        });
    }

    @Test
    void aKindStopsAfterItsBatchCapAndTheNextRunGoesOn() {
        for (int i = 0; i < 5; i++) {
            storedPasskeyChallenge(T0);
        }
        PasskeyChallenge held = storedPasskeyChallenge(now.plusSeconds(60));
        PurgeEndedRecords job = new PurgeEndedRecords(db.transactions(), db.endedRecords(), RetentionPolicy.defaults(), 2, 2);

        assertThat(job.run(now).of(EndedKind.PASSKEY_CHALLENGES)).isEqualTo(4);
        assertThat(job.run(now).of(EndedKind.PASSKEY_CHALLENGES)).isEqualTo(1);
        assertThat(job.run(now).total()).isZero();
        assertThat(inTx(() -> db.passkeyChallenges().take(held.user(), held.purpose()))).contains(held);
    }
}
