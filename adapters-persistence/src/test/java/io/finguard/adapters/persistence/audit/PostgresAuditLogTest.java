package io.finguard.adapters.persistence.audit;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.AuditLogContract;
import io.finguard.domain.contract.PersistencePorts;

/** The AuditLog contract against PostgreSQL. */
class PostgresAuditLogTest extends AuditLogContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
