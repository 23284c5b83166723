package io.finguard.domain.port.out;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.model.AccountId;

/** The identity-verification provider (a stub here): takes documents, answers later with a decision. */
public interface KycProvider {

    /** Hands documents over; returns the provider's reference for the coming decision. */
    String submit(AccountId account, KycDocuments documents);
}
