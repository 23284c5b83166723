package io.finguard.application.phone;

import io.finguard.domain.phone.Recovery;
import io.finguard.domain.port.in.RecoveryView;

/** The one mapping from a recovery to what its requester and operators see. */
final class RecoveryViews {
    private RecoveryViews() {
    }

    static RecoveryView of(Recovery recovery) {
        return new RecoveryView(recovery.facts().id(), recovery.status(), recovery.facts().expiresAt());
    }
}
