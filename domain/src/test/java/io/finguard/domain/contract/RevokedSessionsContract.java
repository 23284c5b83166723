package io.finguard.domain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.port.out.RevokedSessions;
import io.finguard.domain.port.out.RevokedSessions.Hearing;
import io.finguard.domain.port.out.Transactions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RevokedSessions} does: an announcement is heard within a second of its commit, never when its
 * transaction rolls back, and only inside a transaction. Run against the twin and the real channel.
 */
public abstract class RevokedSessionsContract {
    /** How long an announcement may take to be heard after its commit. */
    protected static final Duration HEARD_WITHIN = Duration.ofSeconds(1);

    /** The transactions the store under test takes part in. */
    protected abstract Transactions transactions();

    /** The store under test, listening. */
    protected abstract RevokedSessions revokedSessions();

    private static FamilyId fresh() {
        return FamilyId.of(UUID.randomUUID());
    }

    @Test
    void aSessionNeverAnnouncedIsNotRevoked() {
        assertThat(revokedSessions().heard(fresh())).isEqualTo(Hearing.NOT_REVOKED);
    }

    @Test
    void anAnnouncementIsHeardWithinASecondOfItsCommit() {
        FamilyId ended = fresh();
        FamilyId other = fresh();
        transactions().inTransaction(() -> {
            revokedSessions().announce(List.of(ended));
            return null;
        });
        long committed = System.nanoTime();

        while (revokedSessions().heard(ended) != Hearing.REVOKED) {
            assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(HEARD_WITHIN);
            Thread.onSpinWait();
        }
        assertThat(revokedSessions().heard(other)).isEqualTo(Hearing.NOT_REVOKED);
    }

    @Test
    void anAnnouncementWhoseTransactionRollsBackIsNeverHeard() throws InterruptedException {
        FamilyId kept = fresh();
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            revokedSessions().announce(List.of(kept));
            throw new IllegalStateException("the work failed after the announcement");
        })).isInstanceOf(IllegalStateException.class);
        FamilyId marker = fresh();
        transactions().inTransaction(() -> {
            revokedSessions().announce(List.of(marker));
            return null;
        });
        // Announcements arrive in commit order: once the later one is heard, the rolled-back one would have been.
        long started = System.nanoTime();
        while (revokedSessions().heard(marker) != Hearing.REVOKED) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(HEARD_WITHIN);
            Thread.sleep(5);
        }

        assertThat(revokedSessions().heard(kept)).isEqualTo(Hearing.NOT_REVOKED);
    }

    @Test
    void anAnnouncementOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> revokedSessions().announce(List.of(fresh()))).isInstanceOf(IllegalStateException.class);
    }
}
