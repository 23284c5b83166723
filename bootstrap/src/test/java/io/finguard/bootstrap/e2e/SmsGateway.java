package io.finguard.bootstrap.e2e;

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
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SMS gateway the service posts codes to (FINGUARD_SMS_WEBHOOK_URL), checking what a real one should: it accepts
 * a message only when X-FinGuard-Signature is t=<unix seconds>,v1=hex(HMAC-SHA256(t + "." + body)) under the
 * shared key and t is within five minutes of its clock, and keeps the codes per phone in arrival order (and the
 * notices, messages without a code, apart from them). A request
 * with a bad or stale signature is answered 401 and counted, never recorded. While {@link #goDown}
 * is in force every request is answered 503 and nothing is recorded, as a gateway in an outage would.
 */
final class SmsGateway implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CODE_WAIT = Duration.ofSeconds(10);
    private static final Duration FRESHNESS = Duration.ofMinutes(5);
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d{1,12}),v1=([0-9a-f]{64})");

    private final HttpServer server;
    private final byte[] key;
    private final Map<String, List<String>> codesByPhone = new HashMap<>();
    private final Map<String, List<String>> noticesByPhone = new HashMap<>();
    private final Map<String, List<String>> textsByPhone = new HashMap<>();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicInteger refusedWhileDown = new AtomicInteger();
    private volatile boolean down;

    private SmsGateway(HttpServer server, byte[] key) {
        this.server = server;
        this.key = key.clone();
    }

    static SmsGateway start(byte[] key) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SmsGateway gateway = new SmsGateway(server, key);
            server.createContext("/sms", gateway::receive);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return gateway;
        } catch (IOException e) {
            throw new UncheckedIOException("the test SMS gateway did not start", e);
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    /** How many codes this phone has received so far. */
    synchronized int count(String phone) {
        return codesByPhone.getOrDefault(phone, List.of()).size();
    }

    /** From now on every request is answered 503 until {@link #comeBack}. */
    void goDown() {
        down = true;
    }

    void comeBack() {
        down = false;
    }

    /** Requests answered 503 because the gateway was down. */
    int refusedWhileDown() {
        return refusedWhileDown.get();
    }

    /** Requests whose signature did not verify; the suite expects none. */
    int badSignatures() {
        return badSignatures.get();
    }

    /** The {@code index}-th code (0-based) sent to the phone, waiting for the outbox dispatcher (every 250 ms). */
    synchronized String awaitCode(String phone, int index) {
        long deadline = System.nanoTime() + CODE_WAIT.toNanos();
        while (count(phone) <= index) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no SMS #" + (index + 1) + " arrived within " + CODE_WAIT.toSeconds() + " s");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for an SMS", e);
            }
        }
        return codesByPhone.get(phone).get(index);
    }

    /** The text (the "message" member) of the {@code index}-th code SMS to the phone, waiting for it like {@link #awaitCode}. */
    synchronized String awaitText(String phone, int index) {
        awaitCode(phone, index);
        return textsByPhone.get(phone).get(index);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (down) {
                refusedWhileDown.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-FinGuard-Signature");
            if (!"POST".equals(exchange.getRequestMethod()) || !signatureMatches(signature, body)) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode message = JSON.readTree(body);
            if (!message.has("code")) {
                notice(message.path("to").asText(), new String(body, StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            String code = message.path("code").asText();
            SecretLedger.codeSeen(code);
            record(message.path("to").asText(), code, message.path("message").asText());
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private synchronized void notice(String phone, String body) {
        noticesByPhone.computeIfAbsent(phone, p -> new ArrayList<>()).add(body);
        notifyAll();
    }

    /** The first notice (a message without a code, whole body) the phone received, waiting for it as for a code. */
    synchronized String awaitNotice(String phone) {
        long deadline = System.nanoTime() + CODE_WAIT.toNanos();
        while (noticesByPhone.getOrDefault(phone, List.of()).isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no notice arrived within " + CODE_WAIT.toSeconds() + " s");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for a notice", e);
            }
        }
        return noticesByPhone.get(phone).get(0);
    }

    private synchronized void record(String phone, String code, String text) {
        codesByPhone.computeIfAbsent(phone, p -> new ArrayList<>()).add(code);
        textsByPhone.computeIfAbsent(phone, p -> new ArrayList<>()).add(text);
        notifyAll();
    }

    private boolean signatureMatches(String header, byte[] body) {
        Matcher signature = header == null ? null : SIGNATURE.matcher(header);
        if (signature == null || !signature.matches()
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(signature.group(1))) > FRESHNESS.toSeconds()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((signature.group(1) + ".").getBytes(StandardCharsets.US_ASCII));
            byte[] expected = mac.doFinal(body);
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature.group(2)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
