package io.finguard.adapters.persistence.session;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.KnownKeysContract;
import io.finguard.domain.contract.PersistencePorts;

/** The KnownKeys contract against PostgreSQL. */
class PostgresKnownKeysTest extends KnownKeysContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
