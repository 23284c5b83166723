package io.finguard.application.session;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.InMemoryPersistence;
import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.UserId;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A session ended by id must be the user's own, active, and not past its end; anything else is no session. */
class OwnLiveSessionTest {
    private final InMemoryPersistence db = new InMemoryPersistence();
    private final SessionPolicy policy = SessionPolicy.defaults();
    private final UserId owner = SampleValues.userId();

    private RefreshFamily.Active stored(UserId user) {
        RefreshFamily.Active family = Samples.family(user, SampleValues.digest(), T0);
        db.transactions().inTransaction(() -> {
            db.sessions().add(family);
            return null;
        });
        return family;
    }

    private Optional<RefreshFamily.Active> lock(RefreshFamily.Active family, Instant now) {
        return db.transactions().inTransaction(() -> OwnLiveSession.lock(db.sessions(), owner, family.id(), now, policy));
    }

    @Test
    void theUsersLiveSessionIsFound() {
        RefreshFamily.Active mine = stored(owner);
        assertThat(lock(mine, T0.plusSeconds(60))).contains(mine);
    }

    @Test
    void anotherUsersARevokedOrALapsedSessionIsNone() {
        RefreshFamily.Active theirs = stored(SampleValues.userId());
        RefreshFamily.Active revoked = stored(owner);
        db.transactions().inTransaction(() -> {
            db.sessions().update(Samples.revoked(revoked, RevocationReason.LOGOUT, T0.plusSeconds(1)));
            return null;
        });
        RefreshFamily.Active lapsed = stored(owner);

        assertThat(lock(theirs, T0.plusSeconds(60))).isEmpty();
        assertThat(lock(revoked, T0.plusSeconds(60))).isEmpty();
        assertThat(lock(lapsed, T0.plus(Samples.SESSION_LIFETIME).plus(Duration.ofDays(1)))).isEmpty();
    }
}
