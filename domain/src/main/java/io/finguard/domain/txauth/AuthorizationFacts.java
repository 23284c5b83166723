package io.finguard.domain.txauth;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * What one payment authorisation is about and never changes: who pays whom how much (and the masked payee the person
 * was shown), the digest it is bound to, and its five-minute lifetime.
 */
public record AuthorizationFacts(AuthorizationId id, UserId payer, AccountId payee, String payeeMasked, Money amount,
                                 PaymentDigest digest, Instant createdAt, Instant expiresAt) {
    public AuthorizationFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(payeeMasked, "payeeMasked");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an authorisation must expire after it was created");
        }
    }

    /**
     * The WebAuthn challenge of this authorisation: SHA-256 over its id and the payment digest, so a passkey assertion
     * signs exactly this payment and cannot be replayed for a later authorisation of the same payment.
     */
    public byte[] challenge() {
        return Sha256.digest("finguard-authorization-v1|" + id + "|" + digest.hex());
    }

    /** True from {@code expiresAt} on. */
    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
