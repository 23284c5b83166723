package io.finguard.domain.port.out;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.TransferId;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A completed transfer with the idempotency key it was made under; its ledger entries (debit of the
 * source, credit of the destination) sum to zero. {@code requestHash} identifies the request body so a
 * reused key with a different request is told apart.
 */
public record TransferRecord(TransferId id, UserId initiator, String idempotencyKey, String requestHash, AccountId source,
                             AccountId destination, Money amount, Instant createdAt) {
    public TransferRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(initiator, "initiator");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(requestHash, "requestHash");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a transfer moves a positive amount");
        }
    }
}
