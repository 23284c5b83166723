package io.finguard.adapters.crypto.passkey;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * The WebAuthn relying party FinGuard is: its id (a registrable domain such as {@code example.com}, or
 * {@code localhost}) and the exact origins ({@code scheme://host[:port]}) whose pages may run its ceremonies.
 */
public record RelyingParty(String id, Set<String> origins) {
    public RelyingParty {
        Objects.requireNonNull(id, "id");
        origins = Set.copyOf(Objects.requireNonNull(origins, "origins"));
        if (id.isBlank() || origins.isEmpty()) {
            throw new IllegalArgumentException("a relying party has an id and at least one origin");
        }
        for (String origin : origins) {
            String host = URI.create(origin).getHost();
            if (host == null || !(host.equals(id) || host.endsWith("." + id))) {
                throw new IllegalArgumentException("origin " + origin + " is not within the relying party id " + id);
            }
        }
    }
}
