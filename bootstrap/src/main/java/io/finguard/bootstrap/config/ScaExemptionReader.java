package io.finguard.bootstrap.config;

import io.finguard.domain.model.Money;
import io.finguard.domain.txauth.ScaExemptions;

/**
 * Reads the exemptions from strong customer authentication ({@link ScaExemptions}): each can be switched off, and the
 * low-value limits can only be lowered below the PSD2 RTS maxima (EUR 30, EUR 100, 5 payments).
 */
final class ScaExemptionReader {
    private ScaExemptionReader() {
    }

    static ScaExemptions read(EnvironmentReader in, String currency) {
        Boolean trusted = flag(in, Setting.SCA_TRUSTED_PAYEES);
        Boolean lowValue = flag(in, Setting.SCA_LOW_VALUE);
        Integer max = in.integer(Setting.SCA_LOW_VALUE_MAX_MINOR, 3000, 1, 3000, "PSD2 RTS Art. 16: at most EUR 30");
        Integer cumulative = in.integer(Setting.SCA_LOW_VALUE_CUMULATIVE_MINOR, 10000, 1, 10000, "PSD2 RTS Art. 16: at most EUR 100");
        Integer payments = in.integer(Setting.SCA_LOW_VALUE_MAX_PAYMENTS, 5, 1, 5, "PSD2 RTS Art. 16: at most five");
        if (trusted == null || lowValue == null || max == null || cumulative == null || payments == null || currency == null) {
            return null;
        }
        return new ScaExemptions(trusted, lowValue, Money.of(max, currency), Money.of(cumulative, currency), payments);
    }

    private static Boolean flag(EnvironmentReader in, Setting setting) {
        String value = in.optional(setting).orElse("true");
        if (!value.equals("true") && !value.equals("false")) {
            in.problem(setting, "must be true or false");
            return null;
        }
        return value.equals("true");
    }
}
