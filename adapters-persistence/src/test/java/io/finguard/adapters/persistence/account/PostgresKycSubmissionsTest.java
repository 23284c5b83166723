package io.finguard.adapters.persistence.account;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.KycSubmissionsContract;
import io.finguard.domain.contract.PersistencePorts;

/** The KycSubmissions contract against PostgreSQL. */
class PostgresKycSubmissionsTest extends KycSubmissionsContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
