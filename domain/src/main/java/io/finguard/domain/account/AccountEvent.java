package io.finguard.domain.account;

import io.finguard.domain.model.Money;
import java.time.Instant;
import java.util.Objects;

/** Events an account reacts to: KYC submission and decision, operator status changes, and money leaving or arriving. */
public sealed interface AccountEvent {
    Instant at();

    /** S6: documents handed to the KYC provider; {@code maxSubmissions} bounds resubmission. */
    record SubmitKyc(int maxSubmissions, Instant at) implements AccountEvent {
        public SubmitKyc {
            Objects.requireNonNull(at, "at");
            if (maxSubmissions < 1) {
                throw new IllegalArgumentException("maxSubmissions must be at least 1");
            }
        }
    }

    /** S7: the provider's decision on the pending submission. */
    record KycDecided(boolean verified, Instant at) implements AccountEvent {
        public KycDecided {
            Objects.requireNonNull(at, "at");
        }
    }

    /** An operator freezes the account. */
    record Freeze(Instant at) implements AccountEvent {
        public Freeze {
            Objects.requireNonNull(at, "at");
        }
    }

    /** An operator lifts the freeze. */
    record Unfreeze(Instant at) implements AccountEvent {
        public Unfreeze {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The account is closed for good. */
    record Close(Instant at) implements AccountEvent {
        public Close {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Money leaves the account (the payer's side of a transfer); never more than the balance. */
    record Debit(Money amount, Instant at) implements AccountEvent {
        public Debit {
            requirePositive(amount);
            Objects.requireNonNull(at, "at");
        }
    }

    /** Money arrives (a deposit, or the payee's side of a transfer); the tier's cap is the rules' to check. */
    record Credit(Money amount, Instant at) implements AccountEvent {
        public Credit {
            requirePositive(amount);
            Objects.requireNonNull(at, "at");
        }
    }

    private static void requirePositive(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an amount that moves must be positive");
        }
    }
}
