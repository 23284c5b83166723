package io.finguard.domain.policy;

import io.finguard.domain.model.AuthMethod;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about a proven phone beyond the code: whether its account is dormant and what the SIM-swap signal
 * says. One home for what follows from them: the step-up reasons they add, whether a PIN still suffices, and whether
 * money may leave.
 */
public record PhoneSignals(boolean dormant, SimSwapRisk simSwap) {
    public PhoneSignals {
        Objects.requireNonNull(simSwap, "simSwap");
    }

    /** Nothing unusual: a live account and no swap. */
    public static PhoneSignals none() {
        return new PhoneSignals(false, SimSwapRisk.NONE);
    }

    /**
     * Reasons to step up that come from the phone. A dormant account always steps up (by password); on a device it
     * never used, the number may have been reassigned to someone else, who may then release it.
     */
    public Set<StepUpReason> reasons(boolean knownDevice) {
        Set<StepUpReason> reasons = EnumSet.noneOf(StepUpReason.class);
        if (dormant) {
            reasons.add(knownDevice ? StepUpReason.DORMANT_ACCOUNT : StepUpReason.NUMBER_MAY_BE_RECYCLED);
        }
        switch (simSwap) {
            case RECENT_SWAP -> reasons.add(StepUpReason.SIM_SWAP);
            case UNKNOWN -> reasons.add(StepUpReason.SIM_SWAP_UNKNOWN);
            case NONE -> {
            }
        }
        return reasons;
    }

    /** False when only the password will do: a dormant account, a recent swap, or no answer about one. */
    public boolean pinAllowed() {
        return !dormant && simSwap == SimSwapRisk.NONE;
    }

    /**
     * A transfer is refused during the swap window; with no answer about a swap, only a session stepped up by
     * password may pay.
     */
    public Optional<TransferDenial> transferDenial(Set<AuthMethod> amr) {
        return switch (simSwap) {
            case RECENT_SWAP -> Optional.of(TransferDenial.SIM_SWAP_HOLD);
            case UNKNOWN -> amr.contains(AuthMethod.PASSWORD) ? Optional.empty() : Optional.of(TransferDenial.PASSWORD_STEP_UP_REQUIRED);
            case NONE -> Optional.empty();
        };
    }
}
