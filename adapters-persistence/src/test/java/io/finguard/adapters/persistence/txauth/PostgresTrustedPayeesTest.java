package io.finguard.adapters.persistence.txauth;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.TrustedPayeesContract;
import io.finguard.domain.contract.PersistencePorts;

/** The TrustedPayees contract against PostgreSQL. */
class PostgresTrustedPayeesTest extends TrustedPayeesContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
