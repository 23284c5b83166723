package io.finguard.domain.policy;

/** Why a login needs a second factor now. */
public enum StepUpReason {
    FULL_TIER,
    NEW_DEVICE,
    RECENT_FAILURES
}
