package io.finguard.adapters.persistence.tx;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.TransactionsContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Transactions contract against PostgreSQL. */
class PostgresTransactionsTest extends TransactionsContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
