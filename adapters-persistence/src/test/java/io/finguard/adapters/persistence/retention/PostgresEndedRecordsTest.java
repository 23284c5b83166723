package io.finguard.adapters.persistence.retention;

import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.adapters.persistence.TestDatabase;
import io.finguard.domain.contract.EndedRecordsContract;
import io.finguard.domain.contract.PersistencePorts;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.port.out.OutboxMessage;
import io.finguard.domain.retention.EndedKind;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgreSQL keeps the EndedRecords contract, and a purged challenge takes its queued (dead) code with it. */
class PostgresEndedRecordsTest extends EndedRecordsContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }

    @Test
    void aPurgedChallengeTakesItsOutboxRowWithIt() {
        OtpChallenge.Pending old = Samples.pendingChallenge(phone(), T0);
        OutboxMessage message = new OutboxMessage(UUID.randomUUID(), old.id(), old.facts().phone(), SampleValues.sealedCode(), T0,
                old.facts().expiresAt());
        runInTx(() -> {
            ports.otpChallenges().add(old);
            ports.outbox().enqueue(message);
        });

        purgeAllEnded(EndedKind.OTP_CHALLENGES, T0.plusSeconds(3600));

        assertThat(inTx(() -> ports.otpChallenges().lock(old.id()))).isEmpty();
        assertThat(TestDatabase.shared().sql().fetchCount(OUTBOX, OUTBOX.ID.eq(message.id()))).isZero();
    }
}
