package io.finguard.domain.port.in;

import io.finguard.domain.model.Money;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.token.AccessClaims;
import java.util.Objects;

/** Stub money movement to another user by phone: tier, scope, fresh step-up, daily limit, no overdraft, idempotent. */
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

    sealed interface Result {
        record Completed(TransferView transfer) implements Result {
        }

        /** The same key and request were seen before: the first result, unchanged. */
        record Replayed(TransferView transfer) implements Result {
        }

        record Denied(TransferDenial reason) implements Result {
        }

        /** The key was used before for a different request. */
        record KeyReused() implements Result {
        }

        record RecipientNotFound() implements Result {
        }

        /** The token's user is blocked or its session has ended, though the token has not expired yet. */
        record SessionNotLive(SessionDenial reason) implements Result {
        }
    }
}
