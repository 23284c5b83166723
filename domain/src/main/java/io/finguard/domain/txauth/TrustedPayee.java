package io.finguard.domain.txauth;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A payee on a payer's trusted list (PSD2 RTS Art. 13), shown by its masked number; added with strong authentication. */
public record TrustedPayee(UUID id, UserId owner, AccountId payee, String payeeMasked, Instant addedAt) {
    public TrustedPayee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(payeeMasked, "payeeMasked");
        Objects.requireNonNull(addedAt, "addedAt");
    }
}
