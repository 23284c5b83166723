package io.finguard.adapters.web.oauth;

import io.finguard.domain.model.Sha256;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * client_secret_basic and client_secret_post (RFC 6749 section 2.3.1): exactly one method per request, the secret
 * compared as SHA-256 digests in constant time, and an unknown id costs the same digest as a known one.
 */
final class ClientAuthentication {
    private static final byte[] NO_CLIENT = new byte[32];
    private final Map<String, RegisteredClient> clients;

    ClientAuthentication(List<RegisteredClient> clients) {
        this.clients = clients.stream().collect(Collectors.toUnmodifiableMap(RegisteredClient::id, Function.identity()));
    }

    Optional<RegisteredClient> authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        String postedId = ctx.formParam("client_id");
        String postedSecret = ctx.formParam("client_secret");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return postedSecret == null ? basic(header.substring(6).trim()) : Optional.empty();
        }
        if (header != null || postedId == null || postedSecret == null) {
            return Optional.empty();
        }
        return check(postedId, postedSecret);
    }

    private Optional<RegisteredClient> basic(String encoded) {
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = pair.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        // RFC 6749 section 2.3.1: both parts are form-urlencoded before they are joined.
        try {
            return check(URLDecoder.decode(pair.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Optional<RegisteredClient> check(String id, String secret) {
        RegisteredClient client = clients.get(id);
        boolean matches = MessageDigest.isEqual(Sha256.digest(secret), client == null ? NO_CLIENT : client.secretSha256());
        return client != null && matches ? Optional.of(client) : Optional.empty();
    }
}
