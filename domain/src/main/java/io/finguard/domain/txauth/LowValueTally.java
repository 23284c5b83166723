package io.finguard.domain.txauth;

import io.finguard.domain.model.Money;
import java.util.Objects;

/**
 * The payments a payer made without strong authentication since the last one (PSD2 RTS Art. 16): how many and how
 * much. A strong authentication resets it; every exempted payment adds to it.
 */
public record LowValueTally(int payments, Money total) {
    public LowValueTally {
        Objects.requireNonNull(total, "total");
        if (payments < 0 || total.isNegative()) {
            throw new IllegalArgumentException("a tally is never negative");
        }
    }

    /** Nothing since the last strong authentication. */
    public static LowValueTally zero(String currency) {
        return new LowValueTally(0, Money.zero(currency));
    }

    /** The tally once {@code amount} is paid without strong authentication (a new currency starts from zero). */
    public LowValueTally plus(Money amount) {
        if (!amount.currency().equals(total.currency())) {
            return new LowValueTally(1, amount);
        }
        return new LowValueTally(payments + 1, total.plus(amount));
    }
}
