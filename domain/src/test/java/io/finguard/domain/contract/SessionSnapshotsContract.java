package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.digest;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.family;
import static io.finguard.domain.fixtures.Samples.revoked;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.port.out.SessionSnapshots;
import io.finguard.domain.port.out.SessionSnapshots.Snapshot;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.user.User;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionSnapshots} does: the user as stored with their session in whatever state it is stored,
 * no session when it is another user's or unknown, nothing for an unknown user, and all without a transaction.
 */
public abstract class SessionSnapshotsContract extends PersistenceContract {

    private SessionSnapshots snapshots() {
        return ports.sessionSnapshots();
    }

    private User.Active user() {
        User.Active user = Samples.user(phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user;
    }

    private RefreshFamily.Active session(User user) {
        RefreshFamily.Active family = family(user.id(), digest(), T0);
        runInTx(() -> ports.sessions().add(family));
        return family;
    }

    private Optional<RefreshFamily> stored(FamilyId id) {
        return inTx(() -> ports.sessions().lock(id));
    }

    @Test
    void theSnapshotHoldsTheUserAndTheirSessionAsStoredWithoutATransaction() {
        User.Active user = user();
        RefreshFamily.Active session = session(user);

        assertThat(snapshots().of(user.id(), session.id())).contains(new Snapshot(user, Optional.of(session)));
    }

    @Test
    void anEndedSessionComesBackEnded() {
        User.Active user = user();
        RefreshFamily.Active session = session(user);
        runInTx(() -> ports.sessions().update(revoked(session, RevocationReason.LOGOUT, T0.plusSeconds(5))));

        Optional<Snapshot> seen = snapshots().of(user.id(), session.id());

        assertThat(seen).map(Snapshot::session).contains(stored(session.id()));
        assertThat(seen.flatMap(Snapshot::session)).get().isInstanceOf(RefreshFamily.Revoked.class);
    }

    @Test
    void anotherUsersSessionOrAnUnknownOneIsNoSessionAndAnUnknownUserNoSnapshot() {
        User.Active user = user();
        User.Active other = user();
        RefreshFamily.Active theirs = session(other);

        assertThat(snapshots().of(user.id(), theirs.id())).contains(new Snapshot(user, Optional.empty()));
        assertThat(snapshots().of(user.id(), SampleValues.familyId())).contains(new Snapshot(user, Optional.empty()));
        assertThat(snapshots().of(SampleValues.userId(), theirs.id())).isEmpty();
    }

    @Test
    void insideATransactionItSeesThatTransactionsOwnWrites() {
        User.Active user = Samples.user(phone(), T0);
        RefreshFamily.Active session = family(user.id(), digest(), T0);

        Optional<Snapshot> seen = inTx(() -> {
            ports.users().add(user);
            ports.sessions().add(session);
            return snapshots().of(user.id(), session.id());
        });

        assertThat(seen).contains(new Snapshot(user, Optional.of(session)));
    }
}
