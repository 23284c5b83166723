package io.finguard.adapters.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Form posts and Basic credentials as OAuth clients send them to the introspection and revocation endpoints. */
final class OAuthForms {
    private OAuthForms() {
    }

    static TestApi.Response form(TestApi api, String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Content-Type";
        all[headers.length + 1] = "application/x-www-form-urlencoded";
        return api.send("POST", path, body, all);
    }

    /** RFC 6749 section 2.3.1: id and secret each form-urlencoded, then joined by ':' and base64-encoded. */
    static String[] basic(String id, String secret) {
        String pair = URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return new String[] {"Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))};
    }
}
