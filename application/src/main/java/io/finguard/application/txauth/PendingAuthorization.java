package io.finguard.application.txauth;

import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.Authorizations;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.txauth.AuthorizationEvent;
import java.time.Instant;

/** Finds a payer's authorisation, locked and expired if due, and says whether a factor may still be presented for it. */
final class PendingAuthorization {
    private PendingAuthorization() {
    }

    /** What was found. */
    sealed interface Lookup {
        /** PENDING: a factor may be presented. */
        record Open(Authorization.Pending authorization) implements Lookup {
        }

        /** Past PENDING, for {@code reason}. */
        record Closed(Rejection reason) implements Lookup {
        }

        /** None of this payer has the id (another payer's is no different from none). */
        record Missing() implements Lookup {
        }
    }

    static Lookup lock(Authorizations authorizations, AuthorizationId id, UserId payer, Instant now) {
        var found = authorizations.lock(id).filter(a -> a.facts().payer().equals(payer));
        if (found.isEmpty()) {
            return new Lookup.Missing();
        }
        Transition<Authorization> tick = found.get().on(new AuthorizationEvent.Tick(now));
        if (tick.changed()) {
            authorizations.update(tick.state());
        }
        return switch (tick.state()) {
            case Authorization.Pending pending -> new Lookup.Open(pending);
            case Authorization.Confirmed c -> new Lookup.Closed(Rejection.INVALID_STATE);
            case Authorization.Used u -> new Lookup.Closed(Rejection.AUTHORIZATION_USED);
            case Authorization.Expired e -> new Lookup.Closed(Rejection.AUTHORIZATION_EXPIRED);
            case Authorization.Failed f -> new Lookup.Closed(Rejection.AUTHORIZATION_FAILED);
        };
    }
}
