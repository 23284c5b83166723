package io.finguard.bootstrap.config;

import io.finguard.adapters.web.Cidr;
import java.util.List;
import java.util.Objects;

/** The API's port, and the proxies whose X-Forwarded-For is believed (none by default: the socket peer is the client). */
public record HttpSettings(int port, List<Cidr> trustedProxies) {
    public HttpSettings {
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        trustedProxies = List.copyOf(trustedProxies);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535");
        }
    }
}
