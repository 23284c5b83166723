package io.finguard.bootstrap.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;
import io.finguard.bootstrap.config.WebhookSettings;
import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.port.out.EventCourier;
import io.finguard.domain.event.QueuedEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers an event to its subscriber as a CloudEvents 1.0 JSON document in structured mode
 * ({@code application/cloudevents+json}, written by the CloudEvents SDK), signed per Standard Webhooks:
 * {@code webhook-id} (the event id, the same on every retry and for every subscriber), {@code webhook-timestamp} (unix
 * seconds of this send) and {@code webhook-signature: v1,<base64 HMAC-SHA256(secret, id.timestamp.body)>}. Anything but
 * 2xx throws, so the outbox retries with its backoff.
 */
final class CloudEventWebhooks implements EventCourier {
    static final String CONTENT_TYPE = "application/cloudevents+json";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFormat FORMAT = new JsonFormat();

    private final Map<String, WebhookSettings.Subscriber> subscribers;
    private final URI source;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /** {@code source} is the CloudEvents source of every event: the token issuer, which names this FinGuard. */
    CloudEventWebhooks(WebhookSettings settings, URI source, Clock clock) {
        this.subscribers = settings.subscribers().stream()
                .collect(Collectors.toUnmodifiableMap(WebhookSettings.Subscriber::name, Function.identity()));
        this.source = source;
        this.clock = clock;
    }

    @Override
    public void deliver(QueuedEvent delivery) {
        WebhookSettings.Subscriber subscriber = subscribers.get(delivery.subscriber());
        if (subscriber == null) {
            // Stored for a subscriber no longer configured: it fails until dead, and can be redelivered once it is back.
            throw new IllegalStateException("no such subscriber configured");
        }
        String body = new String(FORMAT.serialize(cloudEvent(delivery.event(), source)), StandardCharsets.UTF_8);
        String id = delivery.event().id().toString();
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(subscriber.url()).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", CONTENT_TYPE)
                .header("webhook-id", id)
                .header("webhook-timestamp", timestamp)
                .header("webhook-signature", "v1," + sign(subscriber.secret().bytes(), id + "." + timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("subscriber answered " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException("subscriber unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The event as a CloudEvent: subject and {@code data.user} are the user id, data holds the payload beside it. */
    static CloudEvent cloudEvent(EventEnvelope event, URI source) {
        ObjectNode data = JSON.createObjectNode();
        data.put("user", event.user().toString());
        new TreeMap<>(event.data()).forEach(data::put);
        return CloudEventBuilder.v1()
                .withId(event.id().toString())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.user().toString())
                .withTime(event.at().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(JsonCloudEventData.wrap(data))
                .build();
    }

    static String sign(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
