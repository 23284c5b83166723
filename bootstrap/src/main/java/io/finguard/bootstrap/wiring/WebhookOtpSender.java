package io.finguard.bootstrap.wiring;

import io.finguard.bootstrap.config.SmsSettings;
import io.finguard.domain.model.OtpCode;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.out.Notice;
import io.finguard.domain.port.out.NoticeSender;
import io.finguard.domain.port.out.OtpSender;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hands a code to an SMS gateway: POST {"id","to","code","message"} as JSON ({@code id}, also sent as
 * {@code Idempotency-Key}, is the outbox message's and the same on every attempt, so the gateway can drop a
 * second copy after a dispatcher crashed between handing a message over and recording it) with
 * {@code X-FinGuard-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(key, t + "." + body)>}. The signature covers the
 * time of sending, so a gateway refuses a request whose t is more than a few minutes off its clock (and may remember
 * the v1 values it saw within that window): a captured request cannot be replayed later. Anything but 2xx throws,
 * so the outbox retries with backoff.
 */
final class WebhookOtpSender implements OtpSender, NoticeSender {
    static final String SIGNATURE_HEADER = "X-FinGuard-Signature";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final SmsSettings.Webhook webhook;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WebhookOtpSender(SmsSettings.Webhook webhook, Clock clock) {
        this.webhook = webhook;
        this.clock = clock;
    }

    /** A notice goes as {"to","message"}: no code member, so a gateway can tell it from a code. */
    @Override
    public void send(Notice notice) {
        post("{\"to\":\"" + notice.to().e164() + "\",\"message\":\"" + notice.kind().text() + "\"}");
    }

    @Override
    public void send(PhoneNumber to, OtpCode code) {
        send(to, code, null);
    }

    /** With a delivery id, the body carries it as {@code id} and the request as {@code Idempotency-Key}. */
    @Override
    public void send(PhoneNumber to, OtpCode code, UUID deliveryId) {
        send(to, code, deliveryId, java.util.Optional.empty());
    }

    /** The message states the payment a TRANSACTION code confirms (its text is checked by OutboxMessage: no quotes). */
    @Override
    public void send(PhoneNumber to, OtpCode code, UUID deliveryId, java.util.Optional<String> payment) {
        post("{" + (deliveryId == null ? "" : "\"id\":\"" + deliveryId + "\",")
                + "\"to\":\"" + to.e164() + "\",\"code\":\"" + code.digits() + "\",\"message\":\""
                + OtpSender.text(code, payment) + "\"}", deliveryId);
    }

    private void post(String body) {
        post(body, null);
    }

    private void post(String body, UUID deliveryId) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest.Builder builder = HttpRequest.newBuilder(webhook.url()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, "t=" + timestamp + ",v1=" + sign(timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (deliveryId != null) {
            builder.header("Idempotency-Key", deliveryId.toString());
        }
        HttpRequest request = builder.build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("SMS gateway answered " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException("SMS gateway unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(webhook.key().bytes(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
        }
    }
}
