package io.finguard.domain.port.in;

import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Sends the payer a one-time code (purpose TRANSACTION) for one PENDING authorisation; the SMS states the amount and
 * the masked payee. One code per authorisation: a lost one means starting the transfer again.
 */
public interface RequestAuthorizationSms {

    Result request(Command command);

    /** {@code caller} must be the authorisation's payer; {@code client} is counted by the code-send limits. */
    record Command(AccessClaims caller, AuthorizationId id, ClientAddress client) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(client, "client");
        }
    }

    /** What the request came to. */
    sealed interface Result {
        /** The code is on its way; it works until {@code expiresAt}. */
        record Sent(Instant expiresAt) implements Result {
        }

        /** This authorisation already had its code. */
        record AlreadySent() implements Result {
        }

        /** No authorisation of the caller has this id. */
        record NotFound() implements Result {
        }

        /** The authorisation is no longer PENDING (confirmed, used, expired, failed). */
        record Refused(Rejection reason) implements Result {
        }

        /** Too many codes to this phone or from this client. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
        }
    }
}
