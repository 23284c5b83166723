package io.finguard.application.session;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.port.in.SessionView;
import io.finguard.domain.session.RefreshFamily;
import java.util.Optional;

/** A live family as its owner sees it in the session list. */
final class SessionViews {
    private static final int THUMBPRINT_PREFIX = 8;

    private SessionViews() {
    }

    static SessionView of(RefreshFamily.Active family, Optional<FamilyId> caller) {
        return new SessionView(family.id(), keyThumbprintPrefix(family), family.facts().origin().name(),
                family.facts().createdAt(), family.lastUsedAt(), family.acr(), family.facts().origin().network(),
                caller.filter(family.id()::equals).isPresent());
    }

    /** Enough of the bound key's thumbprint to tell devices apart and match one in the device list; empty when unbound. */
    private static Optional<String> keyThumbprintPrefix(RefreshFamily.Active family) {
        return family.facts().key().map(key -> key.value().substring(0, THUMBPRINT_PREFIX));
    }
}
