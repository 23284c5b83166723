package io.finguard.bootstrap.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where codes go: an SMS gateway webhook (signed JSON), required in {@code serve}; in {@code dev} the
 * webhook is optional and codes are printed on the console when it is absent.
 */
public record SmsSettings(Optional<Webhook> webhook) {
    public static final SmsSettings CONSOLE = new SmsSettings(Optional.empty());

    public SmsSettings {
        Objects.requireNonNull(webhook, "webhook");
    }

    /** The gateway's URL and the key its requests are signed with. */
    public record Webhook(URI url, Secret key) {
        public Webhook {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(key, "key");
        }
    }
}
