package io.finguard.adapters.persistence.account;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.LedgerContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Ledger contract against PostgreSQL. */
class PostgresLedgerTest extends LedgerContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
