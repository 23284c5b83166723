package io.finguard.adapters.persistence;

import io.finguard.domain.contract.OtpChallengesContract;
import io.finguard.domain.contract.PersistencePorts;

/** The OtpChallenges contract against PostgreSQL. */
class PostgresOtpChallengesTest extends OtpChallengesContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
