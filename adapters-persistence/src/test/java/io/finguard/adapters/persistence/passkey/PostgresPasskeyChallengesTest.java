package io.finguard.adapters.persistence.passkey;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.PasskeyChallengesContract;
import io.finguard.domain.contract.PersistencePorts;

/** The PasskeyChallenges contract against PostgreSQL. */
class PostgresPasskeyChallengesTest extends PasskeyChallengesContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
