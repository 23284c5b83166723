package io.finguard.adapters.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A real FinGuard API on free ports with stubbed use cases, and an HTTP client (for the API port, and through
 * {@link #management()} for the management port) whose every response is checked against the OpenAPI document.
 */
final class TestApi implements AutoCloseable {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final OpenApiContract CONTRACT = new OpenApiContract();
    final StubUseCases stubs = new StubUseCases();
    final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final WebApi api;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestApi(UnaryOperator<WebConfig> customize, LoadLimits load) {
        this(customize, load, null);
    }

    private TestApi(UnaryOperator<WebConfig> customize, io.finguard.adapters.web.oauth.OAuthSettings oauth) {
        this(customize, LoadLimits.unbounded(), oauth);
    }

    private TestApi(UnaryOperator<WebConfig> customize, LoadLimits load, io.finguard.adapters.web.oauth.OAuthSettings oauth) {
        WebConfig config = customize.apply(WebConfig.of(0, WebConfig.sha256Hex(Fixtures.ADMIN_TOKEN), Fixtures.KYC_KEY,
                registry, "https://api.finguard.test"));
        Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        this.api = new WebApi(stubs, stubs.readiness(), config, clock, load, oauth == null
                ? io.finguard.adapters.web.oauth.OAuthSettings.noClients(config.publicBaseUrl(), "finguard-api") : oauth).start();
        Fixtures.registerTokens(stubs);
    }

    static TestApi start() {
        return new TestApi(UnaryOperator.identity(), LoadLimits.unbounded());
    }

    /** An API that sheds load past {@code load}. */
    static TestApi shedding(LoadLimits load) {
        return new TestApi(UnaryOperator.identity(), load);
    }

    static TestApi start(UnaryOperator<WebConfig> customize) {
        return new TestApi(customize, LoadLimits.unbounded());
    }

    /** With registered OAuth clients (introspection and revocation). */
    static TestApi withOAuth(io.finguard.adapters.web.oauth.OAuthSettings oauth) {
        return new TestApi(UnaryOperator.identity(), oauth);
    }

    void reset() {
        stubs.reset();
        Fixtures.registerTokens(stubs);
    }

    Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Response post(String path, String json, String... headers) {
        return send("POST", path, json, headers);
    }

    Response put(String path, String json, String... headers) {
        return send("PUT", path, json, headers);
    }

    /** {@code headers} as name, value pairs; a JSON body gets Content-Type application/json unless one is given. */
    Response send(String method, String path, String body, String... headers) {
        return sendTo(uri(path), method, path, body, headers);
    }

    /** The same requests, to the management port (health, metrics, operator API). */
    Management management() {
        return new Management();
    }

    private Response sendTo(URI target, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (body != null && !typed) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return exchange(method, path, request.build());
    }

    Response exchange(String method, String path, HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Response result = new Response(response.statusCode(), response.headers().map(), response.body());
            CONTRACT.assertConforms(method, path, result.status(), result.header("Content-Type").orElse(null), result.body());
            return result;
        } catch (IOException e) {
            throw new AssertionError("request failed: " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    /** Requests to the management port. */
    final class Management {
        Response get(String path, String... headers) {
            return send("GET", path, null, headers);
        }

        Response post(String path, String json, String... headers) {
            return send("POST", path, json, headers);
        }

        Response send(String method, String path, String body, String... headers) {
            return sendTo(URI.create("http://127.0.0.1:" + api.managementPort() + path), method, path, body, headers);
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    @Override
    public void close() {
        api.stop();
        registry.close();
    }

    /** A received answer with helpers for headers and the JSON body. */
    record Response(int status, java.util.Map<String, List<String>> headers, String body) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String code() {
            return json().path("code").asText();
        }
    }
}
