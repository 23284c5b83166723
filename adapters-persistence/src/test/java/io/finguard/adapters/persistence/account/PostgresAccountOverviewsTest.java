package io.finguard.adapters.persistence.account;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.AccountOverviewsContract;
import io.finguard.domain.contract.PersistencePorts;

/** The AccountOverviews contract against PostgreSQL: one statement, outside a transaction when called outside one. */
class PostgresAccountOverviewsTest extends AccountOverviewsContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
