package io.finguard.adapters.persistence.session;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.SessionsContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Sessions contract against PostgreSQL. */
class PostgresSessionsTest extends SessionsContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
