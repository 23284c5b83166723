package io.finguard.domain.policy;

import java.time.Duration;
import java.util.Objects;

/** At most {@code max} events per {@code period}. */
public record Window(int max, Duration period) {
    public Window {
        Objects.requireNonNull(period, "period");
        if (max < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a window needs max >= 1 and a positive period");
        }
    }

    public static Window of(int max, Duration period) {
        return new Window(max, period);
    }
}
