package io.finguard.domain.port.in;

import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.ClientNetwork;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.SessionName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One live session as its owner (or an operator) sees it: its id, the prefix of the device key it is bound to
 * (empty: unbound), the name the client gave, when it began and was last used (the last refresh), its assurance, the
 * coarse network it began from, and whether it is the session asking.
 */
public record SessionView(FamilyId id, Optional<String> keyThumbprintPrefix, Optional<SessionName> name, Instant createdAt,
                          Instant lastUsedAt, AssuranceLevel acr, Optional<ClientNetwork> network, boolean current) {
    public SessionView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(keyThumbprintPrefix, "keyThumbprintPrefix");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        Objects.requireNonNull(acr, "acr");
        Objects.requireNonNull(network, "network");
    }
}
