package io.finguard.bootstrap.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small HTTP client of the API over real sockets, bound to one loopback source address. Headers are passed as
 * name/value pairs. Tokens and tickets in every answer are handed to the {@link SecretLedger}.
 */
final class ApiClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final URI baseUri;
    private final InetAddress source;
    private final HttpClient http;

    ApiClient(URI baseUri, InetAddress source) {
        this.baseUri = baseUri;
        this.source = source;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .localAddress(source)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The full URL of {@code path} on this client's service (what a DPoP proof's htu names). */
    String url(String path) {
        return baseUri.resolve(path).toString();
    }

    /** The address the service sees as this client's peer. */
    InetAddress source() {
        return source;
    }

    ApiResponse get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    ApiResponse post(String path, String jsonBody, String... headers) {
        return send("POST", path, jsonBody, headers);
    }

    ApiResponse put(String path, String jsonBody, String... headers) {
        return send("PUT", path, jsonBody, headers);
    }

    /** Sends a request; a non-null body goes out as application/json unless a Content-Type header is given. */
    ApiResponse send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path)).timeout(TIMEOUT);
        boolean contentTypeGiven = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            contentTypeGiven |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !contentTypeGiven) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            ApiResponse answer = new ApiResponse(method, path, response.statusCode(), response.headers(), response.body());
            noteSecrets(answer);
            return answer;
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + method + " " + path, e);
        }
    }

    /** "Bearer <token>" for the Authorization header. */
    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A JSON object from name/value pairs; values may be strings, numbers, booleans, maps or null. */
    static String json(Object... namesAndValues) {
        try {
            return JSON.writeValueAsString(object(namesAndValues));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serializable as JSON", e);
        }
    }

    /** A nested JSON object for {@link #json}. */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    private static void noteSecrets(ApiResponse answer) {
        if (!answer.contentType().startsWith("application/json")) {
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (JsonProcessingException e) {
            return;
        }
        for (String pointer : new String[] {"/tokens/accessToken", "/tokens/refreshToken", "/ticket"}) {
            JsonNode value = body.at(pointer);
            if (value.isTextual() && !value.asText().isEmpty()) {
                SecretLedger.tokenIssued(value.asText());
            }
        }
    }
}
