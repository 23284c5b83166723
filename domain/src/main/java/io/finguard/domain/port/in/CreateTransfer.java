package io.finguard.domain.port.in;

import io.finguard.domain.model.Money;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.time.Duration;
import java.util.Objects;

/**
 * Stub money movement to another user by phone: tier, scope, fresh step-up, daily limit, no overdraft, idempotent,
 * and a limited number of attempts per user.
 */
public interface CreateTransfer {

    Result create(Command command);

    /** {@code caller} are the verified claims of the access token; {@code recipientPhone} is E.164. */
    record Command(AccessClaims caller, String idempotencyKey, String recipientPhone, Money amount) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(recipientPhone, "recipientPhone");
            Objects.requireNonNull(amount, "amount");
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

        /** A transfer rule refused it (tier, scope, step-up freshness, limits, funds); the reason says which. */
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
