package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.LowValueTallies;
import io.finguard.domain.txauth.LowValueTally;
import org.junit.jupiter.api.Test;

/** What every {@link LowValueTallies} store does: none before the first save, then the last one saved per payer. */
public abstract class LowValueTalliesContract extends PersistenceContract {

    private LowValueTallies tallies() {
        return ports.lowValueTallies();
    }

    @Test
    void theLastSavedTallyIsFound() {
        var user = Samples.user(SampleValues.phone(), T0);
        runInTx(() -> ports.users().add(user));
        UserId payer = user.id();
        assertThat(inTx(() -> tallies().find(payer))).isEmpty();

        LowValueTally one = new LowValueTally(1, money(2000));
        runInTx(() -> tallies().save(payer, one));
        LowValueTally two = one.plus(money(1500));
        runInTx(() -> tallies().save(payer, two));

        assertThat(inTx(() -> tallies().find(payer))).contains(two);
    }
}
