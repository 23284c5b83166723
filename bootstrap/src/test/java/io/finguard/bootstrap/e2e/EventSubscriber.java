package io.finguard.bootstrap.e2e;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A subscriber of FinGuard's events as an integrator would write one: each request's Standard Webhooks signature is
 * checked with the reference library (com.standardwebhooks), the body is read with the CloudEvents SDK, and an event is
 * kept, in arrival order, only when both accept it (a refused one is answered 400 and counted). While {@link #goDown}
 * is in force every request is answered 503 and nothing is kept.
 */
final class EventSubscriber implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One accepted delivery: the parsed event, its raw body and its Standard Webhooks id. */
    record Received(CloudEvent event, String body, String webhookId, String contentType) {
    }

    private final HttpServer server;
    private final String secret;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger refusedWhileDown = new AtomicInteger();
    private final AtomicInteger badRequests = new AtomicInteger();
    private volatile boolean down;

    private EventSubscriber(HttpServer server, String secret) {
        this.server = server;
        this.secret = secret;
    }

    static EventSubscriber start() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            EventSubscriber subscriber = new EventSubscriber(server, "whsec_" + Base64.getEncoder().encodeToString(key));
            server.createContext("/events", subscriber::receive);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return subscriber;
        } catch (IOException e) {
            throw new UncheckedIOException("the test subscriber did not start", e);
        }
    }

    /** The FINGUARD_WEBHOOKS entry of this subscriber under {@code name}. */
    String setting(String name) {
        return name + "|http://127.0.0.1:" + server.getAddress().getPort() + "/events|" + secret;
    }

    void goDown() {
        down = true;
    }

    void comeBack() {
        down = false;
    }

    int refusedWhileDown() {
        return refusedWhileDown.get();
    }

    int badRequests() {
        return badRequests.get();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until what was received satisfies {@code done}; fails after {@code limit}. */
    List<Received> await(Predicate<List<Received>> done, Duration limit, String what) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            List<Received> now = received();
            if (done.test(now)) {
                return now;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the subscriber did not see " + what + " within " + limit + "; it has " + received().size());
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] bytes = exchange.getRequestBody().readAllBytes();
            if (down) {
                refusedWhileDown.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            String body = new String(bytes, StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            try {
                new Webhook(secret).verify(body, headers);
                CloudEvent event = new JsonFormat().deserialize(bytes);
                synchronized (this) {
                    received.add(new Received(event, body, headers.get("webhook-id").getFirst(),
                            exchange.getRequestHeaders().getFirst("Content-Type")));
                }
                exchange.sendResponseHeaders(204, -1);
            } catch (WebhookVerificationException | RuntimeException e) {
                badRequests.incrementAndGet();
                exchange.sendResponseHeaders(400, -1);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
