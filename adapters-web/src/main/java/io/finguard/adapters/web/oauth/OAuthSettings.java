package io.finguard.adapters.web.oauth;

import io.finguard.domain.model.RegisteredClient;
import java.util.List;
import java.util.Objects;

/**
 * What the OAuth routes need: the issuer and audience tokens carry, the registered clients, and how many
 * introspection or revocation requests each client may make per minute (per instance).
 */
public record OAuthSettings(String issuer, String audience, List<RegisteredClient> clients, int requestsPerMinute) {
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;

    public OAuthSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        clients = List.copyOf(clients);
        if (clients.stream().map(RegisteredClient::id).distinct().count() != clients.size()) {
            throw new IllegalArgumentException("client ids must be unique");
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requestsPerMinute must be at least 1");
        }
    }

    /** No registered client: metadata is served, introspection and revocation refuse everyone. */
    public static OAuthSettings noClients(String issuer, String audience) {
        return new OAuthSettings(issuer, audience, List.of(), DEFAULT_REQUESTS_PER_MINUTE);
    }
}
