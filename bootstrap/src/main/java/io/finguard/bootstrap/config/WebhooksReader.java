package io.finguard.bootstrap.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * FINGUARD_WEBHOOKS: comma-separated {@code name|url|whsec_<base64>}, one per subscriber of domain events. The secret is
 * the Standard Webhooks form (at least 24 bytes once decoded); a URL is https, plain http only to a loopback host.
 */
final class WebhooksReader {
    /** The name keys stored deliveries (event_deliveries.subscriber), so it follows that column's rule. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final String SECRET_PREFIX = "whsec_";
    private static final int MIN_SECRET_BYTES = 24;

    private WebhooksReader() {
    }

    static WebhookSettings webhooks(EnvironmentReader in) {
        List<WebhookSettings.Subscriber> subscribers = in.strictList(Setting.WEBHOOKS, "", item -> subscriber(item, in.mode()));
        if (subscribers != null && subscribers.stream().map(WebhookSettings.Subscriber::name).distinct().count() != subscribers.size()) {
            in.problem(Setting.WEBHOOKS, "a subscriber name is listed twice");
            return null;
        }
        Integer attempts = in.integer(Setting.WEBHOOK_MAX_ATTEMPTS, WebhookSettings.DEFAULT_MAX_ATTEMPTS, 1, 50, "1..50");
        return subscribers == null || attempts == null ? null : new WebhookSettings(subscribers, attempts);
    }

    /** Messages name the subscriber and what is wrong, never the secret. */
    private static WebhookSettings.Subscriber subscriber(String item, Mode mode) {
        String[] parts = item.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("each subscriber is name|url|whsec_<base64 secret>");
        }
        String name = parts[0].strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("subscriber name '" + name + "': lowercase letters, digits, - and _, at most 40");
        }
        return new WebhookSettings.Subscriber(name, url(name, parts[1].strip(), mode), secret(name, parts[2].strip()));
    }

    private static URI url(String name, String text, Mode mode) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("subscriber '" + name + "': not a URL");
        }
        boolean https = "https".equals(uri.getScheme());
        boolean http = "http".equals(uri.getScheme());
        if (uri.getHost() == null || !(https || http)) {
            throw new IllegalArgumentException("subscriber '" + name + "': not an http:// or https:// URL with a host");
        }
        if (http && mode == Mode.SERVE && !ConfigReader.isLoopback(uri.getHost())) {
            throw new IllegalArgumentException("subscriber '" + name + "': use https:// (plain http only to a loopback host)");
        }
        return uri;
    }

    private static Secret secret(String name, String text) {
        if (!text.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("subscriber '" + name + "': the secret must be whsec_<base64>");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(SECRET_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("subscriber '" + name + "': the secret after whsec_ is not base64");
        }
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("subscriber '" + name + "': the secret must hold at least " + MIN_SECRET_BYTES
                    + " bytes (openssl rand -base64 32)");
        }
        return Secret.ofBytes(key);
    }
}
