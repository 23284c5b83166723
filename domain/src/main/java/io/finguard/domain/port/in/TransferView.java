package io.finguard.domain.port.in;

import io.finguard.domain.model.Money;
import io.finguard.domain.model.TransferId;
import java.time.Instant;
import java.util.Objects;

/** A completed transfer as shown to its initiator. */
public record TransferView(TransferId id, Money amount, String recipientMaskedPhone, Instant createdAt) {
    public TransferView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(recipientMaskedPhone, "recipientMaskedPhone");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
