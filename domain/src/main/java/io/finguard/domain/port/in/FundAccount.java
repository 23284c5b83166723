package io.finguard.domain.port.in;

import io.finguard.domain.model.RefusalCode;
import io.finguard.domain.model.Money;
import io.finguard.domain.model.UserId;
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

    /** Why a deposit is not allowed. */
    enum Refusal {
        INVALID_AMOUNT(RefusalCode.INVALID_AMOUNT),
        CURRENCY_MISMATCH(RefusalCode.CURRENCY_MISMATCH),
        BALANCE_CAP(RefusalCode.BALANCE_CAP),
        ACCOUNT_NOT_ACTIVE(RefusalCode.ACCOUNT_NOT_ACTIVE);

        private final RefusalCode refusal;

        Refusal(RefusalCode refusal) {
            this.refusal = refusal;
        }

        public RefusalCode refusal() {
            return refusal;
        }

        public String code() {
            return refusal.code();
        }
    }

    /** What funding came to; the caller handles every variant. */
    sealed interface Result {
        /** Credited: the new balance. */
        record Funded(Money balance) implements Result {
        }

        /** Not allowed, for {@code reason}; nothing was credited. */
        record Refused(Refusal reason) implements Result {
            public Refused {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** No such user or account. */
        record NotFound() implements Result {
        }
    }
}
