package io.finguard.adapters.persistence.txauth;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.AuthorizationsContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Authorizations contract against PostgreSQL. */
class PostgresAuthorizationsTest extends AuthorizationsContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
