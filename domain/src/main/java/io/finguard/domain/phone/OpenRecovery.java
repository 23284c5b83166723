package io.finguard.domain.phone;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.util.function.Supplier;

/** The rules the recovery states share: an open one lapses at the end of its lifetime; a terminal one never moves. */
final class OpenRecovery {
    private OpenRecovery() {
    }

    static Transition<Recovery> unlessExpired(Recovery state, RecoveryEvent event, Supplier<Transition<Recovery>> handle) {
        if (!state.facts().isExpiredAt(event.at())) {
            return handle.get();
        }
        Recovery.Expired expired = new Recovery.Expired(state.facts(), state.version());
        return event instanceof RecoveryEvent.Tick
                ? Transition.moved(expired)
                : Transition.refused(expired, Rejection.RECOVERY_EXPIRED);
    }

    static Transition<Recovery> terminal(Recovery state, RecoveryEvent event, Rejection reason) {
        return event instanceof RecoveryEvent.Tick ? Transition.stayed(state) : Transition.rejected(state, reason);
    }
}
