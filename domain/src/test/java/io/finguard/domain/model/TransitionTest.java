package io.finguard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** A transition's state() is where the machine stands afterwards, whether it moved or refused. */
class TransitionTest {

    @Test
    void movedStandsAtTheNextState() {
        Transition<String> moved = Transition.moved("next");

        assertThat(moved).isInstanceOf(Transition.Moved.class);
        assertThat(moved.state()).isEqualTo("next");
    }

    @Test
    void rejectedStandsAtTheStateItReportsWithTheReason() {
        Transition<String> rejected = Transition.rejected("current", Rejection.INVALID_STATE);

        assertThat(rejected).isEqualTo(new Transition.Rejected<>("current", Rejection.INVALID_STATE));
        assertThat(rejected.state()).isEqualTo("current");
    }

    @Test
    void neitherAcceptsMissingParts() {
        assertThatNullPointerException().isThrownBy(() -> Transition.moved(null));
        assertThatNullPointerException().isThrownBy(() -> Transition.rejected(null, Rejection.INVALID_STATE));
        assertThatNullPointerException().isThrownBy(() -> Transition.rejected("current", null));
    }

    @Test
    void rejectionCodesAreTheLowerCaseNamesClientsSee() {
        assertThat(Rejection.values()).allSatisfy(r -> assertThat(r.code()).isEqualTo(r.name().toLowerCase()));
    }
}
