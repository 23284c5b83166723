package io.finguard.bootstrap.config;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where domain events go (FINGUARD_WEBHOOKS): subscribers by name, URL and Standard Webhooks secret, and how many sends
 * a delivery gets before it is dead (FINGUARD_WEBHOOK_MAX_ATTEMPTS).
 */
public record WebhookSettings(List<Subscriber> subscribers, int maxAttempts) {
    public static final int DEFAULT_MAX_ATTEMPTS = 8;
    public static final WebhookSettings NONE = new WebhookSettings(List.of(), DEFAULT_MAX_ATTEMPTS);

    public WebhookSettings {
        subscribers = List.copyOf(subscribers);
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The subscribers' names, as event deliveries are stored under them. */
    public List<String> names() {
        return subscribers.stream().map(Subscriber::name).toList();
    }

    /** One subscriber; {@code secret} is the key decoded from {@code whsec_<base64>}, never printed. */
    public record Subscriber(String name, URI url, Secret secret) {
        public Subscriber {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
        }
    }
}
