package io.finguard.adapters.persistence.txauth;

import static io.finguard.adapters.persistence.jooq.Tables.LOW_VALUE_TALLIES;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.LowValueTallies;
import io.finguard.domain.txauth.LowValueTally;
import java.util.Optional;

/** Low-value tallies in low_value_tallies, one row per payer (the payer's account lock serialises writers). */
public final class PostgresLowValueTallies implements LowValueTallies {
    private final JooqTransactions transactions;

    public PostgresLowValueTallies(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<LowValueTally> find(UserId payer) {
        return transactions.dsl().selectFrom(LOW_VALUE_TALLIES).where(LOW_VALUE_TALLIES.PAYER_ID.eq(payer.value()))
                .fetchOptional(row -> new LowValueTally(row.getPayments(), Money.of(row.getTotalMinor(), row.getCurrency())));
    }

    @Override
    public void save(UserId payer, LowValueTally tally) {
        transactions.dsl().insertInto(LOW_VALUE_TALLIES)
                .set(LOW_VALUE_TALLIES.PAYER_ID, payer.value())
                .set(LOW_VALUE_TALLIES.PAYMENTS, tally.payments())
                .set(LOW_VALUE_TALLIES.TOTAL_MINOR, tally.total().minor())
                .set(LOW_VALUE_TALLIES.CURRENCY, tally.total().currency())
                .onConflict(LOW_VALUE_TALLIES.PAYER_ID).doUpdate()
                .set(LOW_VALUE_TALLIES.PAYMENTS, tally.payments())
                .set(LOW_VALUE_TALLIES.TOTAL_MINOR, tally.total().minor())
                .set(LOW_VALUE_TALLIES.CURRENCY, tally.total().currency())
                .execute();
    }
}
