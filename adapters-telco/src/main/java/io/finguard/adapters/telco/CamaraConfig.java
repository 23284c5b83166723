package io.finguard.adapters.telco;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach an operator's CAMARA SIM Swap API: the API root (ending in {@code /sim-swap/v1}), the OAuth2
 * token endpoint and client credentials, the scope to ask for, timeouts, and the circuit breaker's numbers. The client
 * secret never appears in {@link #toString()}.
 */
public record CamaraConfig(URI apiRoot, URI tokenUrl, String clientId, String clientSecret, Optional<String> scope,
                           Duration connectTimeout, Duration requestTimeout, int failureThreshold, Duration openFor) {
    public CamaraConfig {
        Objects.requireNonNull(apiRoot, "apiRoot");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(openFor, "openFor");
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        String root = apiRoot.toString();
        apiRoot = URI.create(root.endsWith("/") ? root.substring(0, root.length() - 1) : root);
    }

    @Override
    public String toString() {
        return "CamaraConfig[apiRoot=" + apiRoot + ", tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", clientSecret=redacted, scope="
                + scope + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout + ", failureThreshold="
                + failureThreshold + ", openFor=" + openFor + "]";
    }
}
