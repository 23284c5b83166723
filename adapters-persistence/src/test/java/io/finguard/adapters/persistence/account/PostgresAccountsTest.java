package io.finguard.adapters.persistence.account;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.AccountsContract;
import io.finguard.domain.contract.PersistencePorts;

/** The Accounts contract against PostgreSQL. */
class PostgresAccountsTest extends AccountsContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
