package io.finguard.bootstrap.config;

import io.finguard.adapters.web.Cidr;
import java.util.List;
import java.util.Objects;

/**
 * The API's port, the management port (health, metrics, admin API; 0 picks a free one), the proxies whose
 * X-Forwarded-For is believed (none by default: the socket peer is the client), and whether sessions must be DPoP-bound.
 */
public record HttpSettings(int port, int managementPort, List<Cidr> trustedProxies, boolean requireDpop) {

    /** DPoP optional. */
    public HttpSettings(int port, int managementPort, List<Cidr> trustedProxies) {
        this(port, managementPort, trustedProxies, false);
    }

    public HttpSettings {
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        trustedProxies = List.copyOf(trustedProxies);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535");
        }
        if (managementPort < 0 || managementPort > 65535 || managementPort == port) {
            throw new IllegalArgumentException("the management port must be 0..65535 and differ from the API port");
        }
    }
}
