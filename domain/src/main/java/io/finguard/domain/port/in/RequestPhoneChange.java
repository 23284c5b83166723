package io.finguard.domain.port.in;

import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in user, with a step-up from the last minutes, asks to move the account to another number: a PHONE_CHANGE
 * code goes to that number, and the request supersedes any earlier one of the user.
 */
public interface RequestPhoneChange {

    Result request(Command command);

    /** {@code phone} as typed (E.164, or national digits with a region hint); from this client. */
    record Command(AccessClaims caller, String phone, Optional<String> region, ClientAddress client) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(client, "client");
        }
    }

    /** What the request came to; the caller handles every variant. */
    sealed interface Result {
        /** A code went to the new number; it expires in {@code expiresIn}, a resend is allowed after {@code resendAfter}. */
        record Sent(ChallengeId challenge, Duration expiresIn, Duration resendAfter) implements Result {
        }

        /**
         * The new number cannot be used: malformed, not mobile, a country not allowed, the user's own, another user's or
         * a live signup's. One answer for all, so the route does not tell who is a customer.
         */
        record NotAccepted() implements Result {
        }

        /** The step-up is missing or older than the freshness window. */
        record StepUpRequired() implements Result {
        }

        /** The token's user is blocked or its session has ended, though the token has not expired yet. */
        record SessionNotLive(SessionDenial reason) implements Result {
        }

        /** A send limit refused the code; try again after {@code retryAfter}. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
        }
    }
}
