package io.finguard.bootstrap.scale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of the API as seen from one source address (a loopback address of its own, 127.x.y.z, so per-IP limits
 * apply to it alone), able to talk to any instance. Connection failures come back as status -1, not exceptions:
 * the crash tests retry them on another instance.
 */
final class Client {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private final InetAddress source;
    private final HttpClient http;

    Client(InetAddress source) {
        this.source = source;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(source)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    /** A client with a loopback address and a /24 no other client of this JVM uses (the coarse network caps). */
    static Client fresh() {
        int n = NEXT_ADDRESS.getAndIncrement();
        try {
            return new Client(InetAddress.getByName("127." + (20 + n / 250) + "." + (n % 250) + ".1"));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    InetAddress source() {
        return source;
    }

    Answer send(FinGuardProcess instance, String method, String path, String body, String... headers) {
        return send(instance.name(), instance.api(), method, path, body, headers);
    }

    Answer sendManagement(FinGuardProcess instance, String method, String path, String body, String... headers) {
        return send(instance.name() + "/management", instance.management(), method, path, body, headers);
    }

    private Answer send(String name, URI base, String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(name, path, response.statusCode(), response.headers(), response.body(),
                    Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return Answer.unreachable(name, path, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A JSON object of name/value pairs; values may be maps made by {@link #object}. */
    static String json(Object... pairs) {
        try {
            return JSON.writeValueAsString(object(pairs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
