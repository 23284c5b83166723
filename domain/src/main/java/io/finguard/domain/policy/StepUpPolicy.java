package io.finguard.domain.policy;

import io.finguard.domain.model.Tier;
import java.util.EnumSet;
import java.util.Set;

/**
 * L4: a login needs PIN or password when the account is FULL, the device is new, or authentication
 * failed recently. Returns the reasons; empty means phone possession suffices.
 */
public record StepUpPolicy(boolean requireForFullTier, boolean requireForNewDevice) {

    public static StepUpPolicy defaults() {
        return new StepUpPolicy(true, true);
    }

    public Set<StepUpReason> reasons(Tier tier, boolean knownDevice, boolean recentFailures) {
        Set<StepUpReason> reasons = EnumSet.noneOf(StepUpReason.class);
        if (requireForFullTier && tier == Tier.FULL) {
            reasons.add(StepUpReason.FULL_TIER);
        }
        if (requireForNewDevice && !knownDevice) {
            reasons.add(StepUpReason.NEW_DEVICE);
        }
        if (recentFailures) {
            reasons.add(StepUpReason.RECENT_FAILURES);
        }
        return reasons;
    }
}
