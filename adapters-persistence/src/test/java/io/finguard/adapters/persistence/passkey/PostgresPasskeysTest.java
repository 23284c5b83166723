package io.finguard.adapters.persistence.passkey;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.PasskeysContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Passkeys contract against PostgreSQL. */
class PostgresPasskeysTest extends PasskeysContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
