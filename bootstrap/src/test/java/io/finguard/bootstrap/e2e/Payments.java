package io.finguard.bootstrap.e2e;

import static io.finguard.bootstrap.e2e.ApiClient.bearer;
import static io.finguard.bootstrap.e2e.ApiClient.json;
import static io.finguard.bootstrap.e2e.ApiClient.object;

/**
 * Transfers as a client makes them since issue 13 (PSD2 dynamic linking): ask; on sca_required confirm the authorisation
 * with the PIN and repeat the same request with Authorization-Id. And trusting a payee, which needs a fresh step-up.
 */
final class Payments {
    private final ApiClient api;

    Payments(ApiClient api) {
        this.api = api;
    }

    static String body(String toPhone, long minor) {
        return json("recipientPhone", toPhone, "amount", object("minor", minor, "currency", "EUR"));
    }

    ApiResponse ask(Member from, String toPhone, long minor, String key, String... extraHeaders) {
        String[] headers = new String[4 + extraHeaders.length];
        headers[0] = "Authorization";
        headers[1] = bearer(from.accessToken());
        headers[2] = "Idempotency-Key";
        headers[3] = key;
        System.arraycopy(extraHeaders, 0, headers, 4, extraHeaders.length);
        return api.post("/v1/transfers", body(toPhone, minor), headers);
    }

    ApiResponse confirm(Member from, String authorizationId, String method, String member, String value) {
        return api.post("/v1/authorizations/" + authorizationId, json("method", method, member, value),
                "Authorization", bearer(from.accessToken()));
    }

    /** The transfer, strongly authenticated with the PIN when it needs to be; the last answer. */
    ApiResponse pay(Member from, String toPhone, long minor, String key) {
        ApiResponse first = ask(from, toPhone, minor, key);
        if (first.status() != 403 || !"sca_required".equals(first.code())) {
            return first;
        }
        String id = first.text("/authorizationId");
        Onboarding.expect(confirm(from, id, "pin", "secret", from.pin()), 200);
        return ask(from, toPhone, minor, key, "Authorization-Id", id);
    }

    /** Puts {@code toPhone} on the trusted list of {@code from}, whose session must have been stepped up just now. */
    void trust(Member from, String toPhone) {
        Onboarding.expect(api.post("/v1/me/trusted-payees", json("phone", toPhone), "Authorization", bearer(from.accessToken())), 201);
    }
}
