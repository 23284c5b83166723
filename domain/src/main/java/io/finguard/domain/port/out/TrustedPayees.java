package io.finguard.domain.port.out;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.txauth.TrustedPayee;
import java.util.List;
import java.util.UUID;

/** Each payer's trusted beneficiaries, at most one entry per payee; inside the caller's transaction. */
public interface TrustedPayees {

    /** Adds the entry; false (and nothing changes) when the owner already trusts that payee. */
    boolean add(TrustedPayee payee);

    /** The owner's entries, oldest first. */
    List<TrustedPayee> list(UserId owner);

    /** True when {@code owner} trusts {@code payee}. */
    boolean trusts(UserId owner, AccountId payee);

    /** Removes the owner's entry {@code id}; false when the owner has none with that id. */
    boolean remove(UserId owner, UUID id);
}
