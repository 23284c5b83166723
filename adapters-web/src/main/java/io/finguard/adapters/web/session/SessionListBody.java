package io.finguard.adapters.web.session;

import io.finguard.domain.model.ClientNetwork;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.port.in.SessionView;
import java.util.List;

/** The session list on the wire, for the user and for operators alike. */
public record SessionListBody(List<Item> items) {
    /** A session not bound to a device key shows this in place of a key thumbprint prefix. */
    static final String UNBOUND = "unbound";

    public static SessionListBody of(List<SessionView> sessions) {
        return new SessionListBody(sessions.stream().map(Item::of).toList());
    }

    /** One session: name and network are left out when unknown. */
    public record Item(String id, String device, String name, String createdAt, String lastUsedAt, String acr, String network,
                       boolean current) {
        static Item of(SessionView view) {
            return new Item(view.id().toString(), view.keyThumbprintPrefix().orElse(UNBOUND),
                    view.name().map(SessionName::value).orElse(null), view.createdAt().toString(), view.lastUsedAt().toString(),
                    view.acr().wireName(), view.network().map(ClientNetwork::cidr).orElse(null), view.current());
        }
    }
}
