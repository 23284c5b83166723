package io.finguard.adapters.persistence;

import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.port.out.OutboxMessage;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.signup.PreUser;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The purge job removes ended challenges (with their outbox rows), abandoned signups and dead families. */
class PurgeJobTest {
    private final PostgresPorts ports = PostgresPorts.shared();
    private final Duration retention = Duration.ofDays(1);
    private final Instant now = T0.plus(Duration.ofDays(40));

    private void write(Runnable work) {
        ports.transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Test
    void oneRunDeletesWhatEndedBeforeTheRetentionAndKeepsWhatIsStillOfUse() {
        OtpChallenge.Pending oldChallenge = Samples.pendingChallenge(phone(), T0);
        OtpChallenge.Pending freshChallenge = Samples.pendingChallenge(phone(), now.minusSeconds(60));
        OutboxMessage oldMessage = new OutboxMessage(UUID.randomUUID(), oldChallenge.id(), oldChallenge.facts().phone(),
                SampleValues.sealedCode(), T0, oldChallenge.facts().expiresAt());
        PreUser.Created abandoned = Samples.created(phone(), T0);
        PreUser.Created recent = Samples.created(phone(), now.minusSeconds(60));
        RefreshFamily.Active revoked = Samples.family(SampleValues.userId(), SampleValues.digest(), T0);
        RefreshFamily.Active live = Samples.family(SampleValues.userId(), SampleValues.digest(), now.minus(Duration.ofDays(2)));
        write(() -> {
            ports.otpChallenges().add(oldChallenge);
            ports.otpChallenges().add(freshChallenge);
            ports.outbox().enqueue(oldMessage);
            ports.preUsers().add(abandoned);
            ports.preUsers().add(recent);
            ports.sessions().add(revoked);
            ports.sessions().add(live);
        });
        write(() -> ports.sessions().update(Samples.revoked(revoked, RevocationReason.LOGOUT, T0.plusSeconds(10))));

        Purged purged = PostgresPorts.shared().persistence().purgeJob(retention).run(now);

        assertThat(purged.challenges()).isGreaterThanOrEqualTo(1);
        assertThat(purged.preUsers()).isGreaterThanOrEqualTo(1);
        assertThat(purged.families()).isGreaterThanOrEqualTo(1);
        ports.transactions().inTransaction(() -> {
            assertThat(ports.otpChallenges().lock(oldChallenge.id())).isEmpty();
            assertThat(ports.otpChallenges().lock(freshChallenge.id())).isPresent();
            assertThat(ports.preUsers().lock(abandoned.facts().id())).isEmpty();
            assertThat(ports.preUsers().lock(recent.facts().id())).isPresent();
            assertThat(ports.sessions().lock(revoked.id())).isEmpty();
            assertThat(ports.sessions().lockByToken(revoked.current())).isEmpty();
            assertThat(ports.sessions().lock(live.id())).isPresent();
            return null;
        });
        assertThat(TestDatabase.shared().sql().fetchCount(OUTBOX, OUTBOX.ID.eq(oldMessage.id()))).isZero();
    }

    @Test
    void aSecondRunFindsNothingMoreOfItsOwn() {
        OtpChallenge.Pending oldChallenge = Samples.pendingChallenge(phone(), T0);
        write(() -> ports.otpChallenges().add(oldChallenge));
        PurgeJob job = PostgresPorts.shared().persistence().purgeJob(retention);
        job.run(now);

        Purged again = job.run(now);

        assertThat(again).isEqualTo(new Purged(0, 0, 0));
    }
}
