package io.finguard.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Reads (never verifies) the header and claims of a compact JWT, to assert what the service put in it. */
final class JwtParts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JwtParts() {
    }

    static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    static JsonNode claims(String jwt) {
        return part(jwt, 1);
    }

    /** The token with one character of its signature changed: well-formed, but no longer signed by the service. */
    static String withTamperedSignature(String jwt) {
        int last = jwt.length() - 2;
        char flipped = jwt.charAt(last) == 'A' ? 'B' : 'A';
        return jwt.substring(0, last) + flipped + jwt.substring(last + 1);
    }

    /** The token with different claims but the original header and signature (a forged payload). */
    static String withClaims(String jwt, String claimsJson) {
        String[] parts = jwt.split("\\.");
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static JsonNode part(String jwt, int index) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWT (" + parts.length + " parts)");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[index]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
