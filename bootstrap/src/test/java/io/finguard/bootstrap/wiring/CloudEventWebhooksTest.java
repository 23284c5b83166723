package io.finguard.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.finguard.domain.event.DomainEvent;
import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The wire form of an event: CloudEvents 1.0 structured JSON, and the Standard Webhooks v1 signature of it. */
class CloudEventWebhooksTest {
    private static final URI SOURCE = URI.create("https://auth.example.com");
    private static final UserId USER = UserId.of(UUID.fromString("6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"));
    private static final EventEnvelope MOVED = EventEnvelope.of(UUID.fromString("0e8a4c1b-3f2d-4e5a-9b6c-7d8e9f0a1b2c"),
            new DomainEvent.PhoneChanged(USER, Instant.parse("2026-11-29T21:00:00Z"), PhoneNumber.of("+4915112345678"),
                    PhoneNumber.of("+4915187654321")));

    @Test
    void anEventIsAStructuredCloudEventWithItsPayloadAsJsonData() throws Exception {
        byte[] wire = new JsonFormat().serialize(CloudEventWebhooks.cloudEvent(MOVED, SOURCE));
        JsonNode json = new ObjectMapper().readTree(wire);

        assertThat(json.get("specversion").asText()).isEqualTo("1.0");
        assertThat(json.get("id").asText()).isEqualTo(MOVED.id().toString());
        assertThat(json.get("source").asText()).isEqualTo("https://auth.example.com");
        assertThat(json.get("type").asText()).isEqualTo("phone.changed");
        assertThat(json.get("subject").asText()).isEqualTo(USER.toString());
        assertThat(json.get("time").asText()).isEqualTo("2026-11-29T21:00:00Z");
        assertThat(json.get("datacontenttype").asText()).isEqualTo("application/json");
        assertThat(json.get("data").get("user").asText()).isEqualTo(USER.toString());
        assertThat(json.get("data").get("from").asText()).isEqualTo(PhoneNumber.of("+4915112345678").masked());
        assertThat(new String(wire, StandardCharsets.UTF_8)).doesNotContain("4915112345678").doesNotContain("4915187654321");

        CloudEvent read = new JsonFormat().deserialize(wire);
        assertThat(read.getId()).isEqualTo(MOVED.id().toString());
        assertThat(read.getTime()).isNotNull();
    }

    @Test
    void theSignatureIsTheOneTheStandardWebhooksLibraryComputes() throws Exception {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        String body = new String(new JsonFormat().serialize(CloudEventWebhooks.cloudEvent(MOVED, SOURCE)), StandardCharsets.UTF_8);
        String id = MOVED.id().toString();
        long timestamp = 1_795_000_000L;

        assertThat("v1," + CloudEventWebhooks.sign(key, id + "." + timestamp + "." + body))
                .isEqualTo(new Webhook(secret).sign(id, timestamp, body));
    }
}
