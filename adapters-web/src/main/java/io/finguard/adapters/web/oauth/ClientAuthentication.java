package io.finguard.adapters.web.oauth;

import io.finguard.domain.model.RegisteredClient;
import io.finguard.domain.model.ClientCredential;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.finguard.domain.model.Sha256;
import io.finguard.domain.port.in.CheckClientAssertion;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * client_secret_basic, client_secret_post (RFC 6749 section 2.3.1) and private_key_jwt (RFC 7523 section 2.2):
 * exactly one method per request, each client only by the method its credential allows. A secret is compared as
 * SHA-256 digests in constant time, and an unknown id costs the same digest as a known one.
 */
final class ClientAuthentication {
    static final String JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final byte[] NO_CLIENT = new byte[32];
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, RegisteredClient> clients;
    private final CheckClientAssertion assertions;

    ClientAuthentication(List<RegisteredClient> clients, CheckClientAssertion assertions) {
        this.clients = clients.stream().collect(Collectors.toUnmodifiableMap(RegisteredClient::id, Function.identity()));
        this.assertions = assertions;
    }

    /** {@code audiences}: what an assertion may be addressed to (the issuer, or the URL of the endpoint called). */
    Optional<RegisteredClient> authenticate(Context ctx, Set<String> audiences) {
        String header = ctx.header("Authorization");
        String postedId = ctx.formParam("client_id");
        String postedSecret = ctx.formParam("client_secret");
        String assertionType = ctx.formParam("client_assertion_type");
        String assertion = ctx.formParam("client_assertion");
        if (assertionType != null || assertion != null) {
            return header == null && postedSecret == null && JWT_BEARER.equals(assertionType) && assertion != null
                    ? asserted(postedId, assertion, audiences) : Optional.empty();
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return postedSecret == null ? basic(header.substring(6).trim()) : Optional.empty();
        }
        if (header != null || postedId == null || postedSecret == null) {
            return Optional.empty();
        }
        return check(postedId, postedSecret);
    }

    private Optional<RegisteredClient> asserted(String postedId, String assertion, Set<String> audiences) {
        String id = postedId != null ? postedId : issuerOf(assertion).orElse(null);
        RegisteredClient client = id == null ? null : clients.get(id);
        if (client == null || !(client.credential() instanceof ClientCredential.PublicJwk jwk)) {
            return Optional.empty();
        }
        return switch (assertions.check(new CheckClientAssertion.Command(assertion, id, jwk.json(), audiences))) {
            case CheckClientAssertion.Result.Authenticated authenticated -> Optional.of(client);
            case CheckClientAssertion.Result.Refused refused -> Optional.empty();
        };
    }

    /** RFC 7523 makes client_id optional: then the unverified {@code iss} names the client (the check verifies it). */
    private static Optional<String> issuerOf(String assertion) {
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode iss = JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("iss");
            return iss.isTextual() ? Optional.of(iss.asText()) : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
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
        byte[] expected = client != null && client.credential() instanceof ClientCredential.SecretDigest digest
                ? digest.sha256() : NO_CLIENT;
        boolean matches = MessageDigest.isEqual(Sha256.digest(secret), expected);
        return expected != NO_CLIENT && matches ? Optional.of(client) : Optional.empty();
    }
}
