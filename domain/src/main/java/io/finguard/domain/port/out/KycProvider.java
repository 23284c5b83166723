package io.finguard.domain.port.out;

import io.finguard.domain.account.KycDocuments;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;

/** The identity-verification provider (a stub here): takes documents, answers later with a decision. */
public interface KycProvider {

    /** Hands documents over; returns the provider's reference for the coming decision. */
    String submit(AccountId account, KycDocuments documents);

    /**
     * Starts a fresh identity check of a user who lost their phone (recovery); the provider may decide at once or
     * answer later under the returned reference.
     */
    IdentityCheck checkIdentity(UserId user, KycDocuments documents);
}
