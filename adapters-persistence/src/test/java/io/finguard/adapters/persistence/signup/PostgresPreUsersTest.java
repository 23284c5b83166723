package io.finguard.adapters.persistence.signup;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.PreUsersContract;
import io.finguard.domain.contract.PersistencePorts;

/** The PreUsers contract against PostgreSQL. */
class PostgresPreUsersTest extends PreUsersContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
