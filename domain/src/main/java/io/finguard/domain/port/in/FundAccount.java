package io.finguard.domain.port.in;

import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.DepositDenial;
import java.util.Objects;

/** Stub deposit by an operator, so balances exist to move; respects the tier's balance cap. */
public interface FundAccount {

    Result fund(Command command);

    /** Who is funded, and by how much. */
    record Command(UserId user, Money amount) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** What funding came to; the caller handles every variant. */
    sealed interface Result {
        /** Credited: the new balance. */
        record Funded(Money balance) implements Result {
        }

        /** A deposit rule refused it ({@code reason}); nothing was credited. */
        record Refused(DepositDenial reason) implements Result {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** No such user or account. */
        record NotFound() implements Result {
        }
    }
}
