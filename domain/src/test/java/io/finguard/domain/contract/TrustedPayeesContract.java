package io.finguard.domain.contract;

import static io.finguard.domain.fixtures.SampleValues.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.domain.fixtures.SampleValues;
import io.finguard.domain.fixtures.Samples;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.TrustedPayees;
import io.finguard.domain.txauth.TrustedPayee;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link TrustedPayees} store does: one entry per owner and payee, listed oldest first, removed by id. */
public abstract class TrustedPayeesContract extends PersistenceContract {

    private TrustedPayees trusted() {
        return ports.trustedPayees();
    }

    private UserId storedUser() {
        var user = Samples.user(SampleValues.phone(), T0);
        runInTx(() -> ports.users().add(user));
        return user.id();
    }

    private static TrustedPayee entry(UserId owner, AccountId payee, int second) {
        return new TrustedPayee(UUID.randomUUID(), owner, payee, "+49 *** ** 12", T0.plusSeconds(second));
    }

    @Test
    void anAddedPayeeIsTrustedAndListedOnce() {
        UserId owner = storedUser();
        AccountId payee = SampleValues.accountId();
        TrustedPayee first = entry(owner, payee, 1);

        assertThat(inTx(() -> trusted().add(first))).isTrue();
        assertThat(inTx(() -> trusted().add(entry(owner, payee, 2)))).isFalse();

        assertThat(inTx(() -> trusted().trusts(owner, payee))).isTrue();
        assertThat(inTx(() -> trusted().list(owner))).containsExactly(first);
    }

    @Test
    void entriesBelongToTheirOwner() {
        UserId owner = storedUser();
        UserId other = storedUser();
        AccountId payee = SampleValues.accountId();
        TrustedPayee mine = entry(owner, payee, 1);
        TrustedPayee later = entry(owner, SampleValues.accountId(), 2);
        runInTx(() -> {
            trusted().add(later);
            trusted().add(mine);
        });

        assertThat(inTx(() -> trusted().list(owner))).containsExactly(mine, later);
        assertThat(inTx(() -> trusted().trusts(other, payee))).isFalse();
        assertThat(inTx(() -> trusted().remove(other, mine.id()))).isFalse();
        assertThat(inTx(() -> trusted().remove(owner, mine.id()))).isTrue();
        assertThat(inTx(() -> trusted().trusts(owner, payee))).isFalse();
        assertThat(inTx(() -> trusted().list(owner))).containsExactly(later);
    }
}
