package io.finguard.domain.txauth;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;

/** The shared answers of the ended states and of expiry, so each state says only what is its own. */
final class Ended {
    private Ended() {
    }

    /** A terminal state stays on a tick and refuses everything else for {@code why}. */
    static Transition<Authorization> refuse(Authorization ended, AuthorizationEvent event, Rejection why) {
        return switch (event) {
            case AuthorizationEvent.Tick e -> Transition.stayed(ended);
            case AuthorizationEvent.Confirm e -> Transition.rejected(ended, why);
            case AuthorizationEvent.WrongFactor e -> Transition.rejected(ended, why);
            case AuthorizationEvent.Use e -> Transition.rejected(ended, why);
        };
    }

    /** A live state past its lifetime moves to EXPIRED: silently on a tick, refusing anything else. */
    static Transition<Authorization> expire(AuthorizationFacts facts, AuthorizationEvent event) {
        Authorization.Expired expired = new Authorization.Expired(facts, facts.expiresAt());
        return switch (event) {
            case AuthorizationEvent.Tick e -> Transition.moved(expired);
            case AuthorizationEvent.Confirm e -> Transition.refused(expired, Rejection.AUTHORIZATION_EXPIRED);
            case AuthorizationEvent.WrongFactor e -> Transition.refused(expired, Rejection.AUTHORIZATION_EXPIRED);
            case AuthorizationEvent.Use e -> Transition.refused(expired, Rejection.AUTHORIZATION_EXPIRED);
        };
    }
}
