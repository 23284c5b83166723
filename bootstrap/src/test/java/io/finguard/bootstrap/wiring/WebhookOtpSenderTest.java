package io.finguard.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.finguard.bootstrap.config.Secret;
import io.finguard.bootstrap.config.SmsSettings;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway can tell a fresh request from a replayed one: the signature covers the time it was sent. */
class WebhookOtpSenderTest {
    private static final Pattern SIGNATURE = Pattern.compile("t=(\\d+),v1=([0-9a-f]{64})");
    private final byte[] key = new byte[32];
    private final AtomicReference<String> header = new AtomicReference<>();
    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private final AtomicReference<String> idempotencyKey = new AtomicReference<>();
    private HttpServer gateway;

    @BeforeEach
    void startGateway() throws IOException {
        new SecureRandom().nextBytes(key);
        gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gateway.createContext("/sms", exchange -> {
            header.set(exchange.getRequestHeaders().getFirst("X-FinGuard-Signature"));
            idempotencyKey.set(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            body.set(exchange.getRequestBody().readAllBytes());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stopGateway() {
        gateway.stop(0);
    }

    @Test
    void theSignatureCoversTheTimestampAndTheBodyAndTheHeaderNamesTheTimestamp() throws Exception {
        long before = Instant.now().getEpochSecond();

        sender().send(PhoneNumber.of("+4915112345678"), new OtpCode("123456"));

        long after = Instant.now().getEpochSecond();
        Matcher signature = SIGNATURE.matcher(String.valueOf(header.get()));
        assertThat(signature.matches()).as("X-FinGuard-Signature: %s", header.get()).isTrue();
        long sentAt = Long.parseLong(signature.group(1));
        assertThat(sentAt).isBetween(before, after);
        byte[] signed = (signature.group(1) + "." + new String(body.get(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(signature.group(2)).isEqualTo(hmacHex(signed));
        // The body alone (what a replay of an old request could reuse) is not what was signed.
        assertThat(signature.group(2)).isNotEqualTo(hmacHex(body.get()));
        assertThat(new String(body.get(), StandardCharsets.UTF_8)).contains("\"to\":\"+4915112345678\"", "\"code\":\"123456\"");
    }

    @Test
    void anOutboxDeliveryNamesItsMessageInTheSignedBodyAndAsIdempotencyKey() {
        UUID message = UUID.randomUUID();

        sender().send(PhoneNumber.of("+4915112345678"), new OtpCode("123456"), message);

        assertThat(idempotencyKey.get()).isEqualTo(message.toString());
        assertThat(new String(body.get(), StandardCharsets.UTF_8)).startsWith("{\"id\":\"" + message + "\",");
    }

    private WebhookOtpSender sender() {
        URI url = URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
        return new WebhookOtpSender(new SmsSettings.Webhook(url, Secret.ofBytes(key)), Clock.systemUTC());
    }

    private String hmacHex(byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(data));
    }
}
