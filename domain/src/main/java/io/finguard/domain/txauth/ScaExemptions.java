package io.finguard.domain.txauth;

import io.finguard.domain.model.Money;
import io.finguard.domain.policy.SimSwapRisk;
import java.util.Objects;

/**
 * The one home of "does this payment need strong authentication" (PSD2 RTS Art. 10-18). Never exempt after a SIM-swap
 * signal or within a change of number's cooling-off, nor for a new payee (never paid and not trusted). Then a trusted
 * beneficiary (Art. 13) is exempt, then a low-value payment (Art. 16): at most {@code lowValueMax} while the tally
 * since the last strong authentication, this payment included, stays within {@code cumulativeMax} AND
 * {@code maxPayments} (both, stricter than the article's "or"). Each exemption can be switched off.
 */
public record ScaExemptions(boolean trustedEnabled, boolean lowValueEnabled, Money lowValueMax, Money cumulativeMax,
                            int maxPayments) {
    public ScaExemptions {
        Objects.requireNonNull(lowValueMax, "lowValueMax");
        Objects.requireNonNull(cumulativeMax, "cumulativeMax");
        if (!lowValueMax.currency().equals(cumulativeMax.currency()) || lowValueMax.isNegative() || cumulativeMax.isNegative()
                || maxPayments < 0) {
            throw new IllegalArgumentException("low-value limits must be non-negative and in one currency");
        }
    }

    /** The RTS maxima: EUR 30 a payment, EUR 100 and 5 payments since the last strong authentication; both on. */
    public static ScaExemptions defaults() {
        return new ScaExemptions(true, true, Money.of(3000, "EUR"), Money.of(10000, "EUR"), 5);
    }

    public ScaDecision decide(ScaFacts facts) {
        if (facts.simSwap() != SimSwapRisk.NONE) {
            return new ScaDecision.Required(ScaReason.SIM_SWAP);
        }
        if (facts.numberCoolingOff()) {
            return new ScaDecision.Required(ScaReason.NUMBER_CHANGED);
        }
        if (facts.trusted() && trustedEnabled) {
            return new ScaDecision.Exempt(Exemption.TRUSTED_BENEFICIARY);
        }
        if (!facts.paidBefore() && !facts.trusted()) {
            return new ScaDecision.Required(ScaReason.NEW_PAYEE);
        }
        return lowValue(facts.amount(), facts.tally()) ? new ScaDecision.Exempt(Exemption.LOW_VALUE)
                : new ScaDecision.Required(ScaReason.NO_EXEMPTION);
    }

    private boolean lowValue(Money amount, LowValueTally tally) {
        if (!lowValueEnabled || !amount.currency().equals(lowValueMax.currency())) {
            return false;
        }
        LowValueTally after = tally.plus(amount);
        return !amount.exceeds(lowValueMax) && !after.total().exceeds(cumulativeMax) && after.payments() <= maxPayments;
    }
}
