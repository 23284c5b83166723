package io.finguard.domain.policy;

/** Why a login needs a second factor now. */
public enum StepUpReason {
    FULL_TIER,
    NEW_DEVICE,
    RECENT_FAILURES,
    /** The account has been dormant; the device is one it used before. Password only. */
    DORMANT_ACCOUNT,
    /** The account has been dormant and the device is new to it: the number may have a new owner. Password only. */
    NUMBER_MAY_BE_RECYCLED,
    /** The number moved to another SIM inside the window. Password only. */
    SIM_SWAP,
    /** The network could not say whether the SIM was swapped. Password only. */
    SIM_SWAP_UNKNOWN;

    /** True when a PIN is not enough for this reason: only the password will do. */
    public boolean passwordOnly() {
        return switch (this) {
            case FULL_TIER, NEW_DEVICE, RECENT_FAILURES -> false;
            case DORMANT_ACCOUNT, NUMBER_MAY_BE_RECYCLED, SIM_SWAP, SIM_SWAP_UNKNOWN -> true;
        };
    }
}
