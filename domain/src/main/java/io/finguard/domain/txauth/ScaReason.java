package io.finguard.domain.txauth;

/** Why a payment needs strong authentication: the first thing that ruled every exemption out. */
public enum ScaReason {
    /** The payer's SIM was swapped inside the window, or the network could not say: no exemption at all. */
    SIM_SWAP,
    /** The payer's number changed within its cooling-off: no exemption at all. */
    NUMBER_CHANGED,
    /** The payer never paid this payee and has not trusted it. */
    NEW_PAYEE,
    /** No exemption applies (above the low-value limits, exemptions switched off). */
    NO_EXEMPTION
}
