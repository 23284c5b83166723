package io.finguard.domain.session;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.ClientNetwork;
import io.finguard.domain.model.SessionName;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a session began, as its owner may see it later: the name the client gave (if any) and the client's coarse
 * network (an IPv4 /24, an IPv6 /48), never the address itself.
 */
public record SessionOrigin(Optional<SessionName> name, Optional<ClientNetwork> network) {
    /** A session whose client gave no name and whose network is not known. */
    public static final SessionOrigin NONE = new SessionOrigin(Optional.empty(), Optional.empty());

    public SessionOrigin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, "network");
    }

    /** The origin of a session started by this client; an unreadable address ({@link ClientAddress#UNKNOWN}) gives no network. */
    public static SessionOrigin of(Optional<SessionName> name, ClientAddress client) {
        Optional<ClientNetwork> network = client.equals(ClientAddress.UNKNOWN) ? Optional.empty() : Optional.of(client.coarseNetwork());
        return new SessionOrigin(name, network);
    }
}
