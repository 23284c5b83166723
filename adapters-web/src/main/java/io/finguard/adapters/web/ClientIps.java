package io.finguard.adapters.web;

import io.finguard.domain.model.ClientAddress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the client address: the socket peer, unless the peer is a trusted proxy; then the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy. Entries left of it are client-controlled and ignored.
 */
final class ClientIps {
    private final List<Cidr> trusted;

    ClientIps(List<Cidr> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Parsed once here; a peer that is not an IP literal (never so over TCP) is {@link ClientAddress#UNKNOWN}. */
    ClientAddress resolve(String peer, Enumeration<String> forwardedForHeaders) {
        Optional<InetAddress> peerAddress = Cidr.literal(peer);
        if (peerAddress.isEmpty()) {
            return ClientAddress.UNKNOWN;
        }
        if (!isTrusted(peerAddress.get())) {
            return new ClientAddress(peerAddress.get());
        }
        List<String> hops = new ArrayList<>();
        while (forwardedForHeaders != null && forwardedForHeaders.hasMoreElements()) {
            for (String hop : forwardedForHeaders.nextElement().split(",")) {
                hops.add(hop.trim());
            }
        }
        InetAddress nearest = peerAddress.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = Cidr.literal(hops.get(i));
            if (hop.isEmpty()) {
                // A garbled entry ends the chain we can vouch for: answer with the last hop we could.
                break;
            }
            nearest = hop.get();
            if (!isTrusted(nearest)) {
                break;
            }
        }
        return new ClientAddress(nearest);
    }

    /** True when the socket peer is a trusted proxy (so the request's own URL is the proxy's view, not the client's). */
    boolean isTrustedPeer(String peer) {
        return Cidr.literal(peer).map(this::isTrusted).orElse(false);
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(cidr -> cidr.contains(address));
    }
}
