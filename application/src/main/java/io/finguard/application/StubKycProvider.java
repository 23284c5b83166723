package io.finguard.application;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.port.out.KycProvider;

/** The stub KYC provider: accepts any documents and returns a reference; the decision comes by callback or operator. */
public final class StubKycProvider implements KycProvider {
    private final Ids ids;

    public StubKycProvider(Ids ids) {
        this.ids = ids;
    }

    @Override
    public String submit(AccountId account, KycDocuments documents) {
        return "kyc_" + ids.next();
    }
}
