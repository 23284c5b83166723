package io.finguard.adapters.persistence.phone;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.RecoveriesContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Recoveries contract against PostgreSQL. */
class PostgresRecoveriesTest extends RecoveriesContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
