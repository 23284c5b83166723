package io.finguard.bootstrap.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SMS gateway of the scale tests, on loopback: checks each request's signature, records every POST (also the
 * ones it refuses while told to fail) and every accepted delivery with its message id, so a test can count how
 * often each message arrived. Like a gateway that honours {@code Idempotency-Key}, it accepts a second copy of a
 * message it already delivered (2xx) without delivering it again, and counts it. It can answer 503 for a while (an outage) and take its time per request (a slow
 * gateway, so a dispatcher is killed while a batch is in flight).
 */
final class RecordingGateway implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");

    /** One accepted POST. */
    record Delivery(String id, String to, String code, Instant at) {
    }

    private final byte[] key;
    private final HttpServer server;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final Map<String, AtomicInteger> postsById = new ConcurrentHashMap<>();
    private final AtomicInteger refusedPosts = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final java.util.Set<String> deliveredIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong failUntilNanos = new AtomicLong(Long.MIN_VALUE);
    private volatile Duration delay = Duration.ZERO;

    RecordingGateway(byte[] key) {
        this.key = key.clone();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/sms", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    /** Answers 503 to every request for this long from now on. */
    void failFor(Duration outage) {
        failUntilNanos.set(System.nanoTime() + outage.toNanos());
    }

    void delayEach(Duration each) {
        delay = each;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (!signed(exchange.getRequestHeaders().getFirst("X-FinGuard-Signature"), body)) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode message = JSON.readTree(body);
            String id = message.path("id").asText("");
            postsById.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            if (System.nanoTime() < failUntilNanos.get()) {
                refusedPosts.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (!delay.isZero()) {
                FinGuardProcess.sleep(delay.toMillis());
            }
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key != null && !deliveredIds.add(key)) {
                duplicates.incrementAndGet();
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            synchronized (deliveries) {
                deliveries.add(new Delivery(id, message.path("to").asText(""), message.path("code").asText(""), Instant.now()));
                deliveries.notifyAll();
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** The latest code delivered to {@code phone} after {@code after} deliveries to it, waiting up to 60 s. */
    String awaitCode(String phone, int after) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        synchronized (deliveries) {
            while (true) {
                List<Delivery> mine = deliveries.stream().filter(d -> d.to().equals(phone)).toList();
                if (mine.size() > after) {
                    return mine.getLast().code();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no code delivered to a test phone within 60 s");
                }
                try {
                    deliveries.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    int count(String phone) {
        synchronized (deliveries) {
            return (int) deliveries.stream().filter(d -> d.to().equals(phone)).count();
        }
    }

    List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** Every POST per message id, accepted or refused. */
    Map<String, Integer> postsById() {
        Map<String, Integer> copy = new ConcurrentHashMap<>();
        postsById.forEach((id, n) -> copy.put(id, n.get()));
        return copy;
    }

    int refusedPosts() {
        return refusedPosts.get();
    }

    /** Copies of already delivered messages (same Idempotency-Key), accepted and dropped. */
    int duplicates() {
        return duplicates.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    private boolean signed(String header, byte[] body) {
        Matcher m = SIGNATURE.matcher(String.valueOf(header));
        if (!m.matches()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] expected = mac.doFinal((m.group(1) + "." + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(expected).equals(m.group(2));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
