package io.finguard.domain.txauth;

/** The PSD2 RTS exemptions from strong customer authentication FinGuard applies, with their article. */
public enum Exemption {
    /** Art. 13: a payee the payer put on their trusted list with strong authentication. */
    TRUSTED_BENEFICIARY,
    /** Art. 16: a low-value payment within the per-payment, cumulative and count limits. */
    LOW_VALUE
}
