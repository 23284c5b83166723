package io.finguard.domain.policy;

/** What the SIM-swap signal means for a proven phone now. */
public enum SimSwapRisk {
    /** No swap inside the window. */
    NONE,
    /** The number moved to another SIM inside the window. */
    RECENT_SWAP,
    /** The network could not say: treated as "a second factor by password". */
    UNKNOWN
}
