package io.finguard.adapters.persistence.user;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.PersistencePorts;
import io.finguard.domain.contract.UserActivityContract;

/** The UserActivity contract against PostgreSQL. */
class PostgresUserActivityTest extends UserActivityContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
