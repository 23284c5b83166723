package io.finguard.adapters.web.txauth;

import io.finguard.adapters.web.Checks;
import io.finguard.adapters.web.RequestBody;
import io.finguard.adapters.web.passkey.PasskeyAssertionBody;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.port.in.ConfirmAuthorization;
import java.util.regex.Pattern;

/**
 * POST /v1/authorizations/{id}: {@code method} is pin, password, sms or passkey, with {@code secret} (pin, password),
 * {@code code} (sms) or {@code credential} (passkey: the browser's authentication response).
 */
record ConfirmRequest(String method, String secret, String code, PasskeyAssertionBody credential) implements RequestBody {
    private static final Pattern METHOD = Pattern.compile("pin|password|sms|passkey");
    private static final Pattern CODE = Pattern.compile("[0-9]{4,10}");

    @Override
    public void check(Checks checks) {
        checks.matches("method", method, METHOD, "pin, password, sms or passkey");
        if ("pin".equals(method) || "password".equals(method)) {
            checks.that(secret != null && !secret.isEmpty() && secret.length() <= 256, "secret", "is required (at most 256 characters)");
        } else if ("sms".equals(method)) {
            checks.matches("code", code, CODE, "the digits of the SMS");
        } else if ("passkey".equals(method)) {
            checks.present("credential", credential);
            if (credential != null) {
                credential.check(checks, "credential");
            }
        }
    }

    ConfirmAuthorization.Factor factor() {
        return switch (method) {
            case "pin" -> new ConfirmAuthorization.Factor.Secret(AuthMethod.PIN, secret);
            case "password" -> new ConfirmAuthorization.Factor.Secret(AuthMethod.PASSWORD, secret);
            case "sms" -> new ConfirmAuthorization.Factor.SmsCode(code);
            default -> new ConfirmAuthorization.Factor.Passkey(credential.assertion("credential"));
        };
    }

    @Override
    public String toString() {
        return "ConfirmRequest[" + method + ", redacted]";
    }
}
