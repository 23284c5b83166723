package io.finguard.adapters.persistence.txauth;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.LowValueTalliesContract;
import io.finguard.domain.contract.PersistencePorts;

/** The LowValueTallies contract against PostgreSQL. */
class PostgresLowValueTalliesTest extends LowValueTalliesContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
