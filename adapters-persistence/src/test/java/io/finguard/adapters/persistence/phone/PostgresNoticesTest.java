package io.finguard.adapters.persistence.phone;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.NoticesContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Notices contract against PostgreSQL. */
class PostgresNoticesTest extends NoticesContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
