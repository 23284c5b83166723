package io.finguard.application;

import io.finguard.domain.contract.KycProviderContract;
import io.finguard.domain.port.out.KycProvider;
import java.util.UUID;

/** The stub KYC provider keeps the KycProvider contract with the random ids the service runs on. */
class StubKycProviderContractTest extends KycProviderContract {

    @Override
    protected KycProvider provider() {
        return new StubKycProvider(UUID::randomUUID);
    }
}
