package io.finguard.application.session;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.port.in.SessionView;
import io.finguard.domain.session.RefreshFamily;
import java.util.Optional;

/** A live family as its owner sees it in the session list. */
final class SessionViews {
    private SessionViews() {
    }

    static SessionView of(RefreshFamily.Active family, Optional<FamilyId> caller) {
        return new SessionView(family.id(), keyThumbprintPrefix(family), family.facts().origin().name(),
                family.facts().createdAt(), family.lastUsedAt(), family.acr(), family.facts().origin().network(),
                caller.filter(family.id()::equals).isPresent());
    }

    /** Issue 12 (device keys): the prefix of the DPoP key thumbprint the family is bound to; until then every family is unbound. */
    private static Optional<String> keyThumbprintPrefix(RefreshFamily.Active family) {
        return Optional.empty();
    }
}
