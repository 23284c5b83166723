package io.finguard.application.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.fixtures.InMemoryPersistence;
import io.finguard.domain.port.out.PhoneReseals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reseal run takes batch after batch until one comes back short or the cap is reached, then counts what is left. */
class ResealPhonesTest {
    private final InMemoryPersistence db = new InMemoryPersistence();

    /** {@code outdated} numbers waiting; records the limit of every call. */
    private static final class Waiting implements PhoneReseals {
        private long outdated;
        private final List<Integer> limits = new ArrayList<>();

        Waiting(long outdated) {
            this.outdated = outdated;
        }

        @Override
        public int resealOutdated(int limit) {
            limits.add(limit);
            int done = (int) Math.min(limit, outdated);
            outdated -= done;
            return done;
        }

        @Override
        public long outdated() {
            return outdated;
        }
    }

    @Test
    void aBacklogIsWorkedOffInBatchesUntilOneComesBackShort() {
        Waiting waiting = new Waiting(25);

        ResealPhones.Resealed run = new ResealPhones(db.transactions(), waiting, 10, 100).run();

        assertThat(run).isEqualTo(new ResealPhones.Resealed(25, 0));
        assertThat(waiting.limits).containsExactly(10, 10, 10);
    }

    @Test
    void aRunStopsAtItsCapAndSaysHowManyAreLeftForTheNext() {
        Waiting waiting = new Waiting(25);

        assertThat(new ResealPhones(db.transactions(), waiting, 10, 2).run()).isEqualTo(new ResealPhones.Resealed(20, 5));
        assertThat(new ResealPhones(db.transactions(), waiting, 10, 2).run()).isEqualTo(new ResealPhones.Resealed(5, 0));
    }

    @Test
    void batchAndCapMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResealPhones(db.transactions(), new Waiting(0), 0, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new ResealPhones(db.transactions(), new Waiting(0), 1, 0));
    }
}
