package io.finguard.adapters.telco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * OAuth2 client credentials (RFC 6749 section 4.4) for the operator's API: a token is fetched with HTTP Basic client
 * authentication (client_secret_basic, id and secret form-encoded first, section 2.3.1), kept until 30 seconds before
 * it expires, and dropped when the API says it is no longer good. The token and the secret are never logged.
 */
final class ClientCredentialsTokens {
    private static final Duration EARLY = Duration.ofSeconds(30);
    private final CamaraConfig config;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private String token;
    private Instant validUntil = Instant.MIN;

    ClientCredentialsTokens(CamaraConfig config, HttpClient http, ObjectMapper json, Clock clock) {
        this.config = config;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    /** A token good for now, fetching one when none is held or it is about to expire. */
    synchronized String current() throws IOException, InterruptedException {
        if (token != null && clock.instant().isBefore(validUntil)) {
            return token;
        }
        String form = "grant_type=client_credentials"
                + config.scope().map(s -> "&scope=" + URLEncoder.encode(s, StandardCharsets.UTF_8)).orElse("");
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(config.clientId(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(config.clientSecret(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(config.tokenUrl())
                .timeout(config.requestTimeout())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new CamaraFailure("token endpoint answered " + response.statusCode(), response.statusCode() >= 500);
        }
        JsonNode body = json.readTree(response.body());
        Optional<String> accessToken = Optional.ofNullable(body.get("access_token")).filter(JsonNode::isTextual).map(JsonNode::asText);
        if (accessToken.isEmpty() || !"bearer".equalsIgnoreCase(body.path("token_type").asText("bearer"))) {
            throw new CamaraFailure("token endpoint answered no bearer token", true);
        }
        long expiresIn = body.path("expires_in").asLong(60);
        token = accessToken.get();
        validUntil = clock.instant().plusSeconds(expiresIn).minus(EARLY);
        return token;
    }

    /** The API refused the token: fetch a new one next time. */
    synchronized void invalidate() {
        token = null;
        validUntil = Instant.MIN;
    }
}
