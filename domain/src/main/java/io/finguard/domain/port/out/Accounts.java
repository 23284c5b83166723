package io.finguard.domain.port.out;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;
import java.util.Optional;

/** Accounts with tier, KYC stage, status and balance; one per user. */
public interface Accounts {

    /** Stores a new account; throws {@link DuplicateException} if the id is taken or the owner has one. */
    void add(Account account);

    Optional<Account> findByOwner(UserId owner);

    /** Reads and locks an account until the transaction ends. */
    Optional<Account> lock(AccountId id);

    Optional<Account> lockByOwner(UserId owner);

    /** Writes a new state; throws {@link ConcurrentUpdateException} if the version moved. */
    void update(Account account);
}
