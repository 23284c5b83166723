package io.finguard.domain.txauth;

import io.finguard.domain.model.AccountId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.model.UserId;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 of one payment (payer, payee account, amount, currency, idempotency key): what an authorisation is bound
 * to (PSD2 RTS Art. 5, dynamic linking); the WebAuthn challenge of an authorisation is derived from it
 * ({@link AuthorizationFacts#challenge()}), so a passkey signs that payment.
 */
public record PaymentDigest(String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public PaymentDigest {
        Objects.requireNonNull(hex, "hex");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a payment digest is 64 lower-case hex characters");
        }
    }

    /** Length-prefixed fields, so no two different payments can share one canonical text. */
    public static PaymentDigest of(UserId payer, AccountId payee, Money amount, String idempotencyKey) {
        String canonical = field(payer.toString()) + field(payee.value().toString()) + field(Long.toString(amount.minor()))
                + field(amount.currency()) + field(idempotencyKey);
        return new PaymentDigest(HexFormat.of().formatHex(Sha256.digest("finguard-payment-v1|" + canonical)));
    }

    private static String field(String value) {
        return value.length() + ":" + value + "|";
    }

}
