package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

/** The check every transition table runs: the variant tells the truth about whether the state changed. */
public final class TransitionVariants {
    private TransitionVariants() {
    }

    /** Rejected and Stayed leave {@code from} as it was; Moved and Refused name a different state, to be saved. */
    public static <S> void assertVariantSaysWhetherStateChanged(S from, Transition<S> actual) {
        if (actual.changed()) {
            assertThat(actual.state()).as("%s must name a changed state", actual.getClass().getSimpleName()).isNotEqualTo(from);
        } else {
            assertThat(actual.state()).as("%s must leave the state as it was", actual.getClass().getSimpleName()).isEqualTo(from);
        }
    }
}
