package io.finguard.adapters.telco;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A local operator that follows the published CAMARA SIM Swap OpenAPI (two-legged): an OAuth2 token endpoint for
 * client credentials (client_secret_basic), {@code POST /sim-swap/v1/check} ({@code CreateCheckSimSwap} ->
 * {@code CheckSimSwapInfo}) and {@code POST /sim-swap/v1/retrieve-date} ({@code CreateSimSwapDate} ->
 * {@code SimSwapInfo}), errors as {@code ErrorInfo {status, code, message}} with the spec's codes, and the
 * {@code x-correlator} echoed. Tests arrange swaps, forced errors and slowness, and read what arrived.
 */
public final class CamaraFake implements AutoCloseable {
    public static final String CLIENT_ID = "finguard-client";
    public static final String CLIENT_SECRET = "s3cr3t+/=&value";
    public static final String SCOPE = "dpv:FraudPreventionAndDetection sim-swap";
    private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{4,14}$");
    private static final Pattern CORRELATOR = Pattern.compile("^[a-zA-Z0-9-_:;./<>{}]{0,256}$");

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Clock clock;
    private final Map<String, Instant> swaps = new ConcurrentHashMap<>();
    private final Map<String, Integer> forcedStatus = new ConcurrentHashMap<>();
    private final Map<String, Integer> forcedRetrieveStatus = new ConcurrentHashMap<>();
    private final Set<String> slow = ConcurrentHashMap.newKeySet();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final List<String> tokenForms = new CopyOnWriteArrayList<>();
    private final AtomicInteger apiCalls = new AtomicInteger();
    private volatile long tokenLifetimeSeconds = 3600;
    private volatile int tokenStatus = 200;

    public CamaraFake(Clock clock) throws IOException {
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/oauth2/token", this::token);
        server.createContext("/sim-swap/v1/check", exchange -> api(exchange, true));
        server.createContext("/sim-swap/v1/retrieve-date", exchange -> api(exchange, false));
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public CamaraConfig config(Duration requestTimeout, int failureThreshold, Duration openFor) {
        return new CamaraConfig(base().resolve("/sim-swap/v1"), base().resolve("/oauth2/token"), CLIENT_ID, CLIENT_SECRET,
                java.util.Optional.of(SCOPE), Duration.ofSeconds(1), requestTimeout, failureThreshold, openFor);
    }

    public void swapped(String phone, Instant at) {
        swaps.put(phone, at);
    }

    /** Every API call about this number answers {@code status} with the spec's ErrorInfo body. */
    public void fail(String phone, int status) {
        forcedStatus.put(phone, status);
    }

    public void failRetrieveDate(String phone, int status) {
        forcedRetrieveStatus.put(phone, status);
    }

    /** Calls about this number answer after 5 seconds. */
    public void slow(String phone) {
        slow.add(phone);
    }

    public void tokenLifetime(Duration lifetime) {
        tokenLifetimeSeconds = lifetime.toSeconds();
    }

    public void tokenEndpointStatus(int status) {
        tokenStatus = status;
    }

    /** Forgets every token issued, as an operator rotating its keys would. */
    public void revokeTokens() {
        tokens.clear();
    }

    public int apiCalls() {
        return apiCalls.get();
    }

    public List<String> tokenForms() {
        return List.copyOf(tokenForms);
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((URLEncoder.encode(CLIENT_ID) + ":" + URLEncoder.encode(CLIENT_SECRET))
                .getBytes(StandardCharsets.UTF_8));
        Map<String, String> fields = Arrays.stream(form.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : ""));
        tokenForms.add(form);
        if (tokenStatus != 200) {
            send(exchange, tokenStatus, json.createObjectNode().put("error", "temporarily_unavailable"));
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod()) || !expected.equals(auth)) {
            send(exchange, 401, json.createObjectNode().put("error", "invalid_client"));
            return;
        }
        if (!"client_credentials".equals(fields.get("grant_type"))) {
            send(exchange, 400, json.createObjectNode().put("error", "unsupported_grant_type"));
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        send(exchange, 200, json.createObjectNode().put("access_token", token).put("token_type", "Bearer")
                .put("expires_in", tokenLifetimeSeconds).put("scope", fields.getOrDefault("scope", "")));
    }

    private void api(HttpExchange exchange, boolean check) throws IOException {
        apiCalls.incrementAndGet();
        String correlator = exchange.getRequestHeaders().getFirst("x-correlator");
        if (correlator != null) {
            exchange.getResponseHeaders().set("x-correlator", correlator);
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
            error(exchange, 401, "UNAUTHENTICATED", "Request not authenticated due to missing, invalid, or expired credentials.");
            return;
        }
        if (correlator != null && !CORRELATOR.matcher(correlator).matches()) {
            error(exchange, 400, "INVALID_ARGUMENT", "Client specified an invalid argument, request body or query param.");
            return;
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        JsonNode body;
        try {
            body = json.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            body = null;
        }
        if (!"POST".equals(exchange.getRequestMethod()) || type == null || !type.startsWith("application/json") || body == null
                || !body.isObject()) {
            error(exchange, 400, "INVALID_ARGUMENT", "Client specified an invalid argument, request body or query param.");
            return;
        }
        JsonNode phoneNode = body.get("phoneNumber");
        if (phoneNode == null) {
            error(exchange, 422, "MISSING_IDENTIFIER", "The device cannot be identified.");
            return;
        }
        Set<String> allowed = check ? Set.of("phoneNumber", "maxAge") : Set.of("phoneNumber");
        boolean unknownMember = body.properties().stream().anyMatch(e -> !allowed.contains(e.getKey()));
        if (!phoneNode.isTextual() || !PHONE.matcher(phoneNode.asText()).matches() || unknownMember) {
            error(exchange, 400, "INVALID_ARGUMENT", "Client specified an invalid argument, request body or query param.");
            return;
        }
        String phone = phoneNode.asText();
        long maxAge = 240;
        if (check && body.has("maxAge")) {
            JsonNode node = body.get("maxAge");
            if (!node.isIntegralNumber() || node.asLong() < 1 || node.asLong() > 2400) {
                error(exchange, 400, "OUT_OF_RANGE", "Client specified an invalid range.");
                return;
            }
            maxAge = node.asLong();
        }
        if (slow.contains(phone)) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Integer forced = check ? forcedStatus.get(phone) : forcedRetrieveStatus.getOrDefault(phone, forcedStatus.get(phone));
        if (forced != null) {
            error(exchange, forced, codeFor(forced), "Forced by the test.");
            return;
        }
        Instant swappedAt = swaps.get(phone);
        if (check) {
            boolean swapped = swappedAt != null && !swappedAt.isBefore(clock.instant().minus(Duration.ofHours(maxAge)));
            send(exchange, 200, json.createObjectNode().put("swapped", swapped));
        } else {
            ObjectNode info = json.createObjectNode();
            if (swappedAt == null) {
                info.putNull("latestSimChange").put("monitoredPeriod", 120);
            } else {
                info.put("latestSimChange", swappedAt.atOffset(ZoneOffset.ofHours(2)).toString());
            }
            send(exchange, 200, info);
        }
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "INVALID_ARGUMENT";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "PERMISSION_DENIED";
            case 404 -> "IDENTIFIER_NOT_FOUND";
            case 422 -> "SERVICE_NOT_APPLICABLE";
            case 429 -> "TOO_MANY_REQUESTS";
            case 503 -> "UNAVAILABLE";
            default -> "INTERNAL";
        };
    }

    private void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        send(exchange, status, json.createObjectNode().put("status", status).put("code", code).put("message", message));
    }

    private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Form encoding as RFC 6749 section 2.3.1 asks before Basic: application/x-www-form-urlencoded. */
    private static final class URLEncoder {
        static String encode(String value) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
