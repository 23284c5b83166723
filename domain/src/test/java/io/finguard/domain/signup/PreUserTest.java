package io.finguard.domain.signup;

import static io.finguard.domain.signup.PreUserTransitionTableTest.CREATED_AT;
import static io.finguard.domain.signup.PreUserTransitionTableTest.CREDENTIALS;
import static io.finguard.domain.signup.PreUserTransitionTableTest.EXPIRES;
import static io.finguard.domain.signup.PreUserTransitionTableTest.FACTS;
import static io.finguard.domain.signup.PreUserTransitionTableTest.NEW_USER;
import static io.finguard.domain.signup.PreUserTransitionTableTest.PIN_TAG;
import static io.finguard.domain.signup.PreUserTransitionTableTest.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.Transition;
import io.finguard.domain.policy.RiskAssessment;
import io.finguard.domain.policy.RiskReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signup as a client drives it: S1 to S5, retries that change nothing, and an operator's review. */
class PreUserTest {
    private static final Instant T = CREATED_AT.plusSeconds(60);

    @Test
    void aStartedSignupIsCreatedWithVersionZero() {
        assertThat(PreUser.start(FACTS)).isEqualTo(new PreUser.Created(FACTS, 0));
    }

    @Test
    void theHappyPathEndsConvertedWithTheNewUsersId() {
        PreUser state = PreUser.start(FACTS);
        state = state.on(new PreUserEvent.SetCredentials(CREDENTIALS, PIN_TAG, T)).state();
        state = state.on(new PreUserEvent.CompleteProfile(PROFILE, T)).state();
        state = state.on(new PreUserEvent.Assess(new RiskAssessment.Approve(), NEW_USER, T)).state();

        assertThat(state).isEqualTo(new PreUser.Converted(FACTS, 0, CREDENTIALS, PROFILE, NEW_USER, T));
    }

    @Test
    void sendingTheSameCredentialsOrProfileTwiceGivesTheSameState() {
        PreUser once = PreUser.start(FACTS).on(new PreUserEvent.SetCredentials(CREDENTIALS, PIN_TAG, T)).state();
        Transition<PreUser> twice = once.on(new PreUserEvent.SetCredentials(CREDENTIALS, PIN_TAG, T.plusSeconds(1)));
        assertThat(twice).isEqualTo(Transition.moved(once));

        PreUser profiled = once.on(new PreUserEvent.CompleteProfile(PROFILE, T)).state();
        assertThat(profiled.on(new PreUserEvent.CompleteProfile(PROFILE, T.plusSeconds(1)))).isEqualTo(Transition.moved(profiled));
    }

    @Test
    void aSignupUnderReviewIsStillWaitingLongAfterItsExpiry() {
        PreUser review = new PreUser.ProfileCompleted(FACTS, 0, CREDENTIALS, PIN_TAG, PROFILE)
                .on(new PreUserEvent.Assess(new RiskAssessment.Review(List.of(RiskReason.OTP_FAILURES)), NEW_USER, T)).state();

        Instant muchLater = EXPIRES.plusSeconds(86_400L * 365);
        assertThat(review.on(new PreUserEvent.Tick(muchLater)).state()).isEqualTo(review);
        assertThat(review.on(new PreUserEvent.Decide(true, NEW_USER, muchLater)).state()).isInstanceOf(PreUser.Converted.class);
    }

    @Test
    void anOperatorRejectionSaysSoBesideTheReviewReasons() {
        PreUser review = new PreUser.UnderReview(FACTS, 0, CREDENTIALS, PROFILE, List.of(RiskReason.OTP_FAILURES));

        PreUser rejected = review.on(new PreUserEvent.Decide(false, NEW_USER, T)).state();

        assertThat(((PreUser.Rejected) rejected).reasons()).containsExactly(RiskReason.OTP_FAILURES, RiskReason.OPERATOR_DECISION);
    }

    @Test
    void factsLapseExactlyAtTheirExpiry() {
        assertThat(FACTS.isAbandonedAt(EXPIRES.minusNanos(1))).isFalse();
        assertThat(FACTS.isAbandonedAt(EXPIRES)).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> new PreUserFacts(FACTS.id(), FACTS.phone(), CREATED_AT, CREATED_AT, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PreUserFacts(FACTS.id(), FACTS.phone(), CREATED_AT, EXPIRES, -1));
    }
}
