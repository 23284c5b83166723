package io.finguard.domain.phone;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;

/** The rule every terminal change state shares: time passing changes nothing, anything else is refused for its reason. */
final class EndedChange {
    private EndedChange() {
    }

    static Transition<PhoneChange> refuse(PhoneChange state, PhoneChangeEvent event, Rejection reason) {
        return event instanceof PhoneChangeEvent.Tick ? Transition.stayed(state) : Transition.rejected(state, reason);
    }
}
