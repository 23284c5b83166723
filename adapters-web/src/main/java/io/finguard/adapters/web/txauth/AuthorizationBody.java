package io.finguard.adapters.web.txauth;

import io.finguard.adapters.web.account.MoneyBody;
import io.finguard.domain.port.in.AuthorizationView;
import java.util.List;
import java.util.Locale;

/**
 * A payment authorisation on the wire: what is paid to whom (masked), until when, how it may be confirmed, and the
 * base64url WebAuthn challenge a passkey signs for it.
 */
public record AuthorizationBody(String authorizationId, MoneyBody amount, String payee, String expiresAt, List<String> methods,
                                String challenge, String state) {

    public static AuthorizationBody of(AuthorizationView view) {
        return new AuthorizationBody(view.id().toString(), MoneyBody.of(view.amount()), view.payeeMasked(), view.expiresAt().toString(),
                view.methods().stream().map(m -> m.name().toLowerCase(Locale.ROOT)).toList(), view.challenge(), view.status());
    }
}
