package io.finguard.adapters.persistence.txauth;

import static io.finguard.adapters.persistence.jooq.Tables.TRUSTED_PAYEES;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.TrustedPayees;
import io.finguard.domain.txauth.TrustedPayee;
import java.util.List;
import java.util.UUID;

/** Trusted beneficiaries in trusted_payees; the unique (owner, payee) makes a second add a no-op. */
public final class PostgresTrustedPayees implements TrustedPayees {
    private final JooqTransactions transactions;

    public PostgresTrustedPayees(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean add(TrustedPayee payee) {
        return transactions.dsl().insertInto(TRUSTED_PAYEES)
                .set(TRUSTED_PAYEES.ID, payee.id())
                .set(TRUSTED_PAYEES.OWNER_ID, payee.owner().value())
                .set(TRUSTED_PAYEES.PAYEE_ACCOUNT, payee.payee().value())
                .set(TRUSTED_PAYEES.PAYEE_MASKED, payee.payeeMasked())
                .set(TRUSTED_PAYEES.ADDED_AT, payee.addedAt())
                .onConflict(TRUSTED_PAYEES.OWNER_ID, TRUSTED_PAYEES.PAYEE_ACCOUNT).doNothing()
                .execute() == 1;
    }

    @Override
    public List<TrustedPayee> list(UserId owner) {
        return transactions.dsl().selectFrom(TRUSTED_PAYEES).where(TRUSTED_PAYEES.OWNER_ID.eq(owner.value()))
                .orderBy(TRUSTED_PAYEES.ADDED_AT, TRUSTED_PAYEES.ID)
                .fetch(row -> new TrustedPayee(row.getId(), UserId.of(row.getOwnerId()), AccountId.of(row.getPayeeAccount()),
                        row.getPayeeMasked(), row.getAddedAt()));
    }

    @Override
    public boolean trusts(UserId owner, AccountId payee) {
        return transactions.dsl().fetchExists(TRUSTED_PAYEES, TRUSTED_PAYEES.OWNER_ID.eq(owner.value())
                .and(TRUSTED_PAYEES.PAYEE_ACCOUNT.eq(payee.value())));
    }

    @Override
    public boolean remove(UserId owner, UUID id) {
        return transactions.dsl().deleteFrom(TRUSTED_PAYEES)
                .where(TRUSTED_PAYEES.OWNER_ID.eq(owner.value())).and(TRUSTED_PAYEES.ID.eq(id))
                .execute() == 1;
    }
}
