package io.finguard.adapters.persistence.user;

import static io.finguard.adapters.persistence.jooq.Tables.USERS;
import static io.finguard.domain.fixtures.SampleValues.T0;
import static io.finguard.domain.fixtures.SampleValues.phone;
import static io.finguard.domain.fixtures.Samples.user;
import static org.assertj.core.api.Assertions.assertThat;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.contract.PersistencePorts;
import io.finguard.domain.contract.UsersContract;
import io.finguard.domain.user.User;
import org.junit.jupiter.api.Test;

/** The Users contract against PostgreSQL, and what a lock held by the transaction saves. */
class PostgresUsersTest extends UsersContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }

    @Test
    void aRowTheTransactionHoldsLockedIsNotReadAgain() {
        JooqTransactions transactions = PostgresPorts.shared().persistence().transactions();
        User.Active active = user(phone(), T0);
        transactions.inTransaction(() -> {
            ports.users().add(active);
            return null;
        });

        String[] names = transactions.inTransaction(() -> {
            String first = ports.users().lock(active.id()).orElseThrow().facts().profile().firstName();
            // Behind the repository's back (nothing in production writes users elsewhere): a second read would see it.
            transactions.dsl().update(USERS).set(USERS.FIRST_NAME, "Changed").where(USERS.ID.eq(active.id().value())).execute();
            String again = ports.users().lock(active.id()).orElseThrow().facts().profile().firstName();
            String read = ports.users().find(active.id()).orElseThrow().facts().profile().firstName();
            return new String[] {first, again, read};
        });

        assertThat(names[1]).isEqualTo(names[0]);
        assertThat(names[2]).isEqualTo("Changed");
        assertThat(transactions.inTransaction(() -> ports.users().lock(active.id())).orElseThrow().facts().profile().firstName())
                .isEqualTo("Changed");
    }
}
