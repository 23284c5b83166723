package io.finguard.domain.policy;

import io.finguard.domain.model.AssuranceLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** Sensitive actions need a second factor proven recently: AAL2 and a step-up no older than {@code window}. */
public record StepUpFreshness(Duration window) {
    public StepUpFreshness {
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the freshness window must be positive");
        }
    }

    /** security.md and flows.md: "step-up within the last few minutes": five. */
    public static StepUpFreshness defaults() {
        return new StepUpFreshness(Duration.ofMinutes(5));
    }

    /** True for AAL2 proven at most {@code window} before {@code now} (and not in the future). */
    public boolean isFresh(AssuranceLevel acr, Instant authTime, Instant now) {
        return acr == AssuranceLevel.AAL2 && !authTime.isAfter(now) && Duration.between(authTime, now).compareTo(window) <= 0;
    }
}
