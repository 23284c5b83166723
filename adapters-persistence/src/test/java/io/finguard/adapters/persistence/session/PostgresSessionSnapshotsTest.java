package io.finguard.adapters.persistence.session;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.digest;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.PersistencePorts;
import io.finguard.domain.contract.SessionSnapshotsContract;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.port.out.SessionSnapshots.Snapshot;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.user.User;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The SessionSnapshots contract against PostgreSQL: one statement, no locks, outside a transaction when called outside one. */
class PostgresSessionSnapshotsTest extends SessionSnapshotsContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }

    @Test
    void theReadWaitsForNoLockAnotherTransactionHoldsOnTheUserOrTheSession() throws Exception {
        User.Active user = Samples.user(phone(), T0);
        RefreshFamily.Active session = Samples.family(user.id(), digest(), T0);
        runInTx(() -> {
            ports.users().add(user);
            ports.sessions().add(session);
        });
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> runInTx(() -> {
            ports.users().lock(user.id());
            ports.sessions().lock(session.id());
            locked.countDown();
            await(release);
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            Optional<Snapshot> seen = CompletableFuture.supplyAsync(() -> ports.sessionSnapshots().of(user.id(), session.id()))
                    .get(5, TimeUnit.SECONDS);

            assertThat(seen).contains(new Snapshot(user, Optional.of(session)));
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
