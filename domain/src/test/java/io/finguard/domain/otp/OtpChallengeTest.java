package io.finguard.domain.otp;

import static io.finguard.domain.otp.OtpChallengeTransitionTableTest.EXPIRES;
import static io.finguard.domain.otp.OtpChallengeTransitionTableTest.FACTS;
import static io.finguard.domain.otp.OtpChallengeTransitionTableTest.ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The attempt cap and the expiry edge as a person at the keyboard experiences them. */
class OtpChallengeTest {
    private static final Instant SOON = ISSUED.plusSeconds(60);

    @Test
    void aFreshChallengeIsPendingWithAllAttemptsLeft() {
        OtpChallenge.Pending fresh = OtpChallenge.issue(FACTS);

        assertThat(fresh.attempts()).isZero();
        assertThat(fresh.version()).isZero();
        assertThat(fresh.attemptsLeft()).isEqualTo(5);
        assertThat(fresh.id()).isEqualTo(FACTS.id());
    }

    @Test
    void fiveWrongCodesExhaustAndTheSixthGuessFailsEvenWhenRight() {
        OtpChallenge challenge = OtpChallenge.issue(FACTS);
        for (int wrong = 1; wrong <= 4; wrong++) {
            challenge = challenge.on(new OtpEvent.Verify(false, SOON)).state();
            assertThat(challenge).isInstanceOf(OtpChallenge.Pending.class);
            assertThat(((OtpChallenge.Pending) challenge).attemptsLeft()).isEqualTo(5 - wrong);
        }

        challenge = challenge.on(new OtpEvent.Verify(false, SOON)).state();
        assertThat(challenge).isEqualTo(new OtpChallenge.Exhausted(FACTS, 5, 0));

        Transition<OtpChallenge> sixth = challenge.on(new OtpEvent.Verify(true, SOON));
        assertThat(sixth).isEqualTo(Transition.rejected(challenge, Rejection.OTP_EXHAUSTED));
    }

    @Test
    void theRightCodeIsSingleUse() {
        OtpChallenge verified = OtpChallenge.issue(FACTS).on(new OtpEvent.Verify(true, SOON)).state();

        assertThat(verified.on(new OtpEvent.Verify(true, SOON.plusSeconds(1))))
                .isEqualTo(Transition.rejected(verified, Rejection.OTP_ALREADY_USED));
    }

    @Test
    void aResendKillsTheOldCode() {
        OtpChallenge superseded = OtpChallenge.issue(FACTS).on(new OtpEvent.Supersede(SOON)).state();

        assertThat(superseded.on(new OtpEvent.Verify(true, SOON.plusSeconds(1))))
                .isEqualTo(Transition.rejected(superseded, Rejection.OTP_SUPERSEDED));
    }

    @Test
    void theExpiryInstantItselfCountsAsExpired() {
        assertThat(FACTS.isExpiredAt(EXPIRES.minusNanos(1))).isFalse();
        assertThat(FACTS.isExpiredAt(EXPIRES)).isTrue();
    }

    @Test
    void aPendingChallengeCannotHoldAsManyAttemptsAsTheCap() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OtpChallenge.Pending(FACTS, 5, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new OtpChallenge.Pending(FACTS, -1, 0));
    }

    @Test
    void factsRefuseAnExpiryNotAfterIssueAndACapBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ChallengeFacts(FACTS.id(), FACTS.phone(), FACTS.purpose(),
                FACTS.codeHash(), ISSUED, ISSUED, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new ChallengeFacts(FACTS.id(), FACTS.phone(), FACTS.purpose(),
                FACTS.codeHash(), ISSUED, EXPIRES, 0));
    }
}
