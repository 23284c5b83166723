package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.port.in.RequestOtp;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.port.out.DependencyUnavailableException;
import org.junit.jupiter.api.Test;

/**
 * A wrong code is counted on its challenge whatever Redis does afterwards: when recording the phone's failure in
 * Redis fails, the answer is an outage (503), but the attempt is already stored, so such guesses are not free.
 */
class OtpFailureDurabilityTest {
    private static final String PHONE = "+4915112345678";
    private final Harness h = new Harness();

    @Test
    void aWrongCodeStaysCountedOnItsChallengeWhenRedisFailsWhileRecordingTheFailure() {
        RequestOtp.Result.Sent sent = h.requestCode(PHONE);
        String right = h.lastCode(PHONE).digits();
        String wrong = right.equals("000000") ? "111111" : "000000";
        h.useRateLimiter(FailingRateLimiter.failingOn("recordOtpFailure", h.limiter));

        assertThatThrownBy(() -> h.verify(sent, wrong, "d")).isInstanceOf(DependencyUnavailableException.class);

        assertThat(attempts(sent)).isEqualTo(1);
        assertThat(h.db.transactions().inTransaction(() -> h.db.auditLog().recent(PhoneNumber.of(PHONE).masked(), 50)))
                .extracting(AuditEvent::type).containsOnlyOnce(AuditType.OTP_FAILED);
    }

    @Test
    void fiveWrongCodesAnsweredWithAnOutageStillExhaustTheChallengeForTheRightCode() {
        RequestOtp.Result.Sent sent = h.requestCode(PHONE);
        String right = h.lastCode(PHONE).digits();
        String wrong = right.equals("000000") ? "111111" : "000000";
        h.useRateLimiter(FailingRateLimiter.failingOn("recordOtpFailure", h.limiter));
        for (int guess = 1; guess <= 5; guess++) {
            assertThatThrownBy(() -> h.verify(sent, wrong, "d")).as("guess %d", guess)
                    .isInstanceOf(DependencyUnavailableException.class);
        }
        h.useRateLimiter(h.limiter);

        assertThat(h.verify(sent, right, "d")).isEqualTo(new VerifyOtp.Result.Refused(VerifyOtp.Refusal.EXHAUSTED));
    }

    private int attempts(RequestOtp.Result.Sent sent) {
        return h.db.transactions().inTransaction(() -> h.db.otpChallenges().lock(sent.challenge())).orElseThrow().attempts();
    }
}
