package io.finguard.domain.port.in;

import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Money;
import io.finguard.domain.txauth.Authorization;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A payment authorisation as shown to its payer: what is to be paid to whom (masked), until when, and the factors that
 * may confirm it; {@code challenge} is the base64url WebAuthn challenge (derived from the payment digest) a passkey must sign.
 */
public record AuthorizationView(AuthorizationId id, Money amount, String payeeMasked, Instant expiresAt, List<AuthMethod> methods,
                                String challenge, String status) {
    /** The factors FinGuard accepts for a payment. */
    public static final List<AuthMethod> METHODS = List.of(AuthMethod.PIN, AuthMethod.PASSWORD, AuthMethod.PASSKEY, AuthMethod.SMS);

    public AuthorizationView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payeeMasked, "payeeMasked");
        Objects.requireNonNull(expiresAt, "expiresAt");
        methods = List.copyOf(methods);
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(status, "status");
    }

    public static AuthorizationView of(Authorization a) {
        return new AuthorizationView(a.facts().id(), a.facts().amount(), a.facts().payeeMasked(), a.facts().expiresAt(), METHODS,
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(a.facts().challenge()),
                a.status().name().toLowerCase(java.util.Locale.ROOT));
    }
}
