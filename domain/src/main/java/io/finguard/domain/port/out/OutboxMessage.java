package io.finguard.domain.port.out;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Sealed;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A code waiting for delivery, sealed by {@link CodeSealer} for this message; written with its challenge in one
 * transaction, useless after {@code expiresAt}. A TRANSACTION code carries {@code payment}, e.g. {@code EUR 20.00 to
 * +49 *** 78} (masked payee, no secret), which the SMS states (PSD2 RTS Art. 5: the payer sees amount and payee).
 */
public record OutboxMessage(UUID id, ChallengeId challenge, PhoneNumber to, Sealed sealedCode, Instant createdAt,
                            Instant expiresAt, Optional<String> payment) {
    private static final java.util.regex.Pattern PAYMENT = java.util.regex.Pattern.compile("[A-Z]{3} [0-9.]{1,24} to [+0-9* ]{1,40}");

    /** A code that confirms no payment (sign-in, change of number). */
    public OutboxMessage(UUID id, ChallengeId challenge, PhoneNumber to, Sealed sealedCode, Instant createdAt, Instant expiresAt) {
        this(id, challenge, to, sealedCode, createdAt, expiresAt, Optional.empty());
    }

    public OutboxMessage {
        Objects.requireNonNull(payment, "payment");
        if (payment.isPresent() && !PAYMENT.matcher(payment.get()).matches()) {
            throw new IllegalArgumentException("payment must read like 'EUR 20.00 to +49 *** 78' (amount and masked payee)");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sealedCode, "sealedCode");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
