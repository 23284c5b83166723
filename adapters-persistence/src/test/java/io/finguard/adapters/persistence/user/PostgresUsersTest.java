package io.finguard.adapters.persistence.user;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.UsersContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Users contract against PostgreSQL. */
class PostgresUsersTest extends UsersContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
