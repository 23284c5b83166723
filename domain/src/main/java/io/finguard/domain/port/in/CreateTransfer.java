package io.finguard.domain.port.in;

import io.finguard.domain.model.AuthorizationId;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Stub money movement to another user by phone: tier, scope, daily limit, no overdraft, idempotent, a limited number
 * of attempts per user, and strong authentication of the payment itself unless an exemption applies (PSD2).
 */
public interface CreateTransfer {

    Result create(Command command);

    /**
     * {@code caller} are the verified claims of the access token; {@code recipientPhone} is E.164; {@code authorization}
     * is the confirmed payment authorisation the payer presents (header Authorization-Id), if any.
     */
    record Command(AccessClaims caller, String idempotencyKey, String recipientPhone, Money amount,
                   Optional<AuthorizationId> authorization) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(recipientPhone, "recipientPhone");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(authorization, "authorization");
        }

        /** A transfer presenting no authorisation. */
        public Command(AccessClaims caller, String idempotencyKey, String recipientPhone, Money amount) {
            this(caller, idempotencyKey, recipientPhone, amount, Optional.empty());
        }
    }

    /** What the transfer came to; the caller handles every variant. */
    sealed interface Result {
        /** Money moved: the transfer as booked. */
        record Completed(TransferView transfer) implements Result {
        }

        /** The same key and request were seen before: the first result, unchanged. */
        record Replayed(TransferView transfer) implements Result {
        }

        /**
         * The payment needs strong authentication (PSD2): confirm {@code authorization}, then repeat the transfer with
         * its id. Nothing moved.
         */
        record ScaRequired(AuthorizationView authorization) implements Result {
        }

        /** The presented authorisation does not authorise this transfer (unknown, unconfirmed, used, expired, different). */
        record AuthorizationRefused(Rejection reason) implements Result {
        }

        /** A transfer rule refused it (tier, scope, limits, funds); the reason says which. */
        record Denied(TransferDenial reason) implements Result {
        }

        /** The key was used before for a different request. */
        record KeyReused() implements Result {
        }

        /** No active user has the recipient's phone number. */
        record RecipientNotFound() implements Result {
        }

        /** The caller made too many transfer attempts; nothing was looked at. */
        record Throttled(Limit limit, Duration retryAfter) implements Result {
        }

        /** The token's user is blocked or its session has ended, though the token has not expired yet. */
        record SessionNotLive(SessionDenial reason) implements Result {
        }
    }
}
