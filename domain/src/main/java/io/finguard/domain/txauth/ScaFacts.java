package io.finguard.domain.txauth;

import io.finguard.domain.model.Money;
import io.finguard.domain.policy.SimSwapRisk;
import java.util.Objects;

/**
 * What the exemption policy looks at for one payment: its amount, whether the payer paid this payee before or trusts
 * it, the payer's SIM-swap signal and change-of-number cooling-off, and the tally since the last strong authentication.
 */
public record ScaFacts(Money amount, boolean paidBefore, boolean trusted, SimSwapRisk simSwap, boolean numberCoolingOff,
                       LowValueTally tally) {
    public ScaFacts {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(simSwap, "simSwap");
        Objects.requireNonNull(tally, "tally");
    }
}
