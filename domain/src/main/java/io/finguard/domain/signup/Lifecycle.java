package io.finguard.domain.signup;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.util.function.Supplier;

/** The abandonment rule shared by the states a person is still filling in (S1-S3). */
final class Lifecycle {
    private Lifecycle() {
    }

    static Transition<PreUser> unlessAbandoned(PreUser state, PreUserEvent event, Supplier<Transition<PreUser>> handle) {
        if (!state.facts().isAbandonedAt(event.at())) {
            return handle.get();
        }
        PreUser.Expired expired = new PreUser.Expired(state.facts(), state.version());
        return event instanceof PreUserEvent.Tick
                ? Transition.moved(expired)
                : Transition.refused(expired, Rejection.SIGNUP_EXPIRED);
    }
}
