package io.finguard.adapters.persistence.otp;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.OutboxContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Outbox contract against PostgreSQL. */
class PostgresOutboxTest extends OutboxContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
