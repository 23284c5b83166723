package io.finguard.application;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.IdentityCheck;
import java.util.Locale;
import io.finguard.domain.port.out.Ids;
import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.port.out.KycProvider;

/**
 * The stub KYC provider: accepts any documents and returns a reference; a KYC decision comes by callback or operator.
 * A recovery's identity check is decided by the document number: one starting with {@code REVIEW} waits for an operator,
 * one starting with {@code REJECT} fails, any other passes at once (a stand-in for a provider's live check).
 */
public final class StubKycProvider implements KycProvider {
    private final Ids ids;

    public StubKycProvider(Ids ids) {
        this.ids = ids;
    }

    @Override
    public String submit(AccountId account, KycDocuments documents) {
        return "kyc_" + ids.next();
    }

    @Override
    public IdentityCheck checkIdentity(UserId user, KycDocuments documents) {
        String reference = "idv_" + ids.next();
        String number = documents.documentNumber().toUpperCase(Locale.ROOT);
        if (number.startsWith("REVIEW")) {
            return new IdentityCheck.Pending(reference);
        }
        return new IdentityCheck.Decided(reference, !number.startsWith("REJECT"));
    }
}
