package io.finguard.adapters.persistence.event;

import io.finguard.adapters.persistence.OutboxRetry;
import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.EventOutboxContract;
import io.finguard.domain.contract.PersistencePorts;

/** The EventOutbox contract against PostgreSQL. */
class PostgresEventOutboxTest extends EventOutboxContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }

    @Override
    protected int maxAttempts() {
        return OutboxRetry.defaults().maxAttempts();
    }
}
