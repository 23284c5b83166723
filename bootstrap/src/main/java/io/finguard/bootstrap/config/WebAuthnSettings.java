package io.finguard.bootstrap.config;

import java.util.List;
import java.util.Objects;

/**
 * The WebAuthn relying party: its id (the registrable domain passkeys are bound to, e.g. {@code example.com}) and the
 * exact origins whose pages may register and use them (e.g. {@code https://app.example.com}). Defaults: {@code
 * localhost} and {@code http://localhost:<API port>}, which suit dev and nothing else.
 */
public record WebAuthnSettings(String rpId, List<String> origins) {
    public WebAuthnSettings {
        Objects.requireNonNull(rpId, "rpId");
        origins = List.copyOf(Objects.requireNonNull(origins, "origins"));
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("at least one origin");
        }
    }
}
