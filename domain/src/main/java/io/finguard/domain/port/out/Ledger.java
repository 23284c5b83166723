package io.finguard.domain.port.out;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Optional;

/** Transfers and their balanced ledger entries; idempotency keys are unique per initiator. */
public interface Ledger {

    /** The transfer made earlier under this key by this initiator, if any. */
    Optional<TransferRecord> findByIdempotencyKey(UserId initiator, String idempotencyKey);

    /**
     * Writes the transfer and its two entries (-amount source, +amount destination) in the caller's transaction;
     * throws {@link DuplicateException} if the initiator already used the idempotency key.
     */
    void record(TransferRecord transfer);

    /** Writes a stub deposit: an entry crediting the account, balanced by the system funding account. */
    void recordDeposit(AccountId account, Money amount, Instant at);

    /** Sum of outgoing transfers from the account since the instant. */
    Money outgoingSince(AccountId account, Instant since, String currency);

    /** True when a transfer from {@code source} to {@code destination} was ever booked (the payee is not new). */
    boolean hasPaid(AccountId source, AccountId destination);
}
