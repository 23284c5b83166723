package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** A transition's state() is where the machine stands afterwards; changed() says whether that must be saved. */
class TransitionTest {

    @Test
    void movedStandsAtTheNextState() {
        Transition<String> moved = Transition.moved("next");

        assertThat(moved).isInstanceOf(Transition.Moved.class);
        assertThat(moved.state()).isEqualTo("next");
        assertThat(moved.changed()).isTrue();
    }

    @Test
    void stayedStandsWhereItWasAndHasNothingToSave() {
        Transition<String> stayed = Transition.stayed("current");

        assertThat(stayed).isInstanceOf(Transition.Accepted.class);
        assertThat(stayed.state()).isEqualTo("current");
        assertThat(stayed.changed()).isFalse();
    }

    @Test
    void refusedStandsAtTheStateItMovedOnToWhichMustBeSaved() {
        Transition<String> refused = Transition.refused("expired", Rejection.OTP_EXPIRED);

        assertThat(refused).isInstanceOf(Transition.Declined.class);
        assertThat(((Transition.Declined<String>) refused).reason()).isEqualTo(Rejection.OTP_EXPIRED);
        assertThat(refused.state()).isEqualTo("expired");
        assertThat(refused.changed()).isTrue();
    }

    @Test
    void rejectedStandsAtTheStateItReportsWithTheReason() {
        Transition<String> rejected = Transition.rejected("current", Rejection.INVALID_STATE);

        assertThat(rejected).isEqualTo(new Transition.Rejected<>("current", Rejection.INVALID_STATE));
        assertThat(rejected.state()).isEqualTo("current");
        assertThat(rejected.changed()).isFalse();
    }

    @Test
    void noneAcceptsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> Transition.moved(null));
        assertThatNullPointerException().isThrownBy(() -> Transition.stayed(null));
        assertThatNullPointerException().isThrownBy(() -> Transition.refused(null, Rejection.OTP_EXPIRED));
        assertThatNullPointerException().isThrownBy(() -> Transition.refused("next", null));
        assertThatNullPointerException().isThrownBy(() -> Transition.rejected(null, Rejection.INVALID_STATE));
        assertThatNullPointerException().isThrownBy(() -> Transition.rejected("current", null));
    }
}
