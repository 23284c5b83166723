package io.finguard.adapters.persistence.otp;

import io.finguard.adapters.persistence.PostgresPorts;
import io.finguard.domain.contract.OtpChallengesContract;
import io.finguard.domain.contract.PersistencePorts;

/** The OtpChallenges contract against PostgreSQL. */
class PostgresOtpChallengesTest extends OtpChallengesContract {
    @Override
    protected PersistencePorts ports() {
        return PostgresPorts.shared();
    }
}
