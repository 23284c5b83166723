package io.finguard.domain.port.in;

import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
import java.util.Objects;

/** Stub deposit by an operator, so balances exist to move; respects the tier's balance cap. */
public interface FundAccount {

    Result fund(Command command);

    record Command(UserId user, Money amount) {
        public Command {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(amount, "amount");
        }
    }

    sealed interface Result {
        record Funded(Money balance) implements Result {
        }

        /** Stable code: invalid_amount, currency_mismatch, balance_cap, account_not_active. */
        record Refused(String code) implements Result {
        }

        record NotFound() implements Result {
        }
    }
}
