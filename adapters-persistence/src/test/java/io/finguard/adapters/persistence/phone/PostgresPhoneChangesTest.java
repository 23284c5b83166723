package io.finguard.adapters.persistence.phone;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.PhoneChangesContract;
import io.finguard.domain.contract.PersistencePorts;

/** The PhoneChanges contract against PostgreSQL. */
class PostgresPhoneChangesTest extends PhoneChangesContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
