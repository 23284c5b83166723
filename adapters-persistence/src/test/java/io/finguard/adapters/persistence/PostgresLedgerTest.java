package io.finguard.adapters.persistence;

import io.finguard.domain.contract.LedgerContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Ledger contract against PostgreSQL. */
class PostgresLedgerTest extends LedgerContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
