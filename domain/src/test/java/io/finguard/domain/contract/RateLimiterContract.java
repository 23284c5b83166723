package io.finguard.domain.contract;

import io.finguard.domain.model.ClientAddress;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.Lockout;
import io.finguard.domain.policy.RateLimits;
import io.finguard.domain.policy.Window;
import io.finguard.domain.policy.Limit;
import io.finguard.domain.port.out.HashingSubject;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.StepUpAttempt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * What every {@link RateLimiter} must do (security.md), run against the in-memory fixture and the Redis
 * adapter. The limits last a few "units"; a subclass says how long a unit is and how time passes.
 */
public abstract class RateLimiterContract {

    /** A limiter with no counts yet that enforces the given limits. */
    protected abstract RateLimiter newLimiter(RateLimits limits);

    /** Lets this much time pass for the limiters made by {@link #newLimiter}. */
    protected abstract void advance(Duration amount);

    /** How long one unit of {@link #testLimits()} is. */
    protected abstract Duration unit();

    /** How much shorter than ideal a retryAfter may be because real time passed (zero on a test clock). */
    protected abstract Duration slack();

    /** Small numbers so each limit is reached in a few calls; windows of a few units. */
    protected final RateLimits testLimits() {
        return new RateLimits(
                u(1),
                Window.of(3, u(10)),
                Window.of(4, u(40)),
                Window.of(5, u(10)),
                Window.of(4, u(10)),
                Window.of(7, u(10)),
                Window.of(6, u(10)),
                new Lockout(3, u(10), u(6), 1, u(6), u(20)),
                new Lockout(5, u(10), u(3), 2, u(12), u(40)),
                6,
                Window.of(6, u(10)),
                Window.of(8, u(4)),
                u(10),
                12,
                u(8),
                Window.of(3, u(10)),
                Window.of(4, u(10)),
                Window.of(3, u(10)),
                Window.of(5, u(10)));
    }

    protected RateLimiter limiter;

    @BeforeEach
    void freshLimiter() {
        limiter = newLimiter(testLimits());
    }

    @Test
    void aSendWithinTheResendCooldownIsRefusedUntilTheCooldownEnds() {
        assertAllowed(limiter.allowOtpSend(phone(1), ip(1)));
        assertDenied(limiter.allowOtpSend(phone(1), ip(1)), Limit.OTP_RESEND_COOLDOWN, u(1));
        advance(u(1.5));
        assertAllowed(limiter.allowOtpSend(phone(1), ip(1)));
    }

    @Test
    void theBurstCapRefusesAFourthSendWithinItsWindowAndAllowsOneOnceTheOldestLeavesIt() {
        sendSpacedByOneAndAHalfUnits(phone(1), 3);
        assertDenied(limiter.allowOtpSend(phone(1), ip(1)), Limit.OTP_PHONE_BURST, u(10 - 4.5));
        advance(u(6));
        assertAllowed(limiter.allowOtpSend(phone(1), ip(1)));
    }

    @Test
    void theDailyCapRefusesOnceReachedAndNamesTheLongerWait() {
        sendSpacedByOneAndAHalfUnits(phone(1), 3);
        advance(u(6.5));
        assertAllowed(limiter.allowOtpSend(phone(1), ip(1)));
        advance(u(1.5));
        assertDenied(limiter.allowOtpSend(phone(1), ip(1)), Limit.OTP_PHONE_DAILY, u(40 - 12.5));
    }

    @Test
    void oneIpSendingForManyPhonesIsCappedAndItsRefusedSendCostsThePhoneNothing() {
        for (int i = 1; i <= 5; i++) {
            assertAllowed(limiter.allowOtpSend(phone(i), ip(1)));
        }
        assertDenied(limiter.allowOtpSend(phone(6), ip(1)), Limit.OTP_IP_SENDS, u(10));
        assertAllowed(limiter.allowOtpSend(phone(6), ip(2)));
    }

    @Test
    void verificationsFromOneIpAreCappedSeparatelyFromItsSends() {
        for (int i = 1; i <= 4; i++) {
            assertAllowed(limiter.allowOtpVerify(phone(i), ip(1)));
        }
        assertDenied(limiter.allowOtpVerify(phone(5), ip(1)), Limit.OTP_IP_VERIFIES, u(10));
        assertAllowed(limiter.allowOtpVerify(phone(5), ip(2)));
        assertAllowed(limiter.allowOtpSend(phone(5), ip(1)));
    }

    @Test
    void addressesInsideOneIpv6SlashSixtyFourShareOneSendCap() {
        for (int i = 1; i <= 5; i++) {
            assertAllowed(limiter.allowOtpSend(phone(i), client("2001:db8:1:2::" + i)));
        }
        assertDenied(limiter.allowOtpSend(phone(6), client("2001:db8:1:2:ffff:ffff:ffff:ffff")), Limit.OTP_IP_SENDS, u(10));
        assertAllowed(limiter.allowOtpSend(phone(6), client("2001:db8:1:3::1")));
    }

    @Test
    void addressesInsideOneIpv6SlashSixtyFourShareOneVerifyCap() {
        for (int i = 1; i <= 4; i++) {
            assertAllowed(limiter.allowOtpVerify(phone(i), client("2001:db8:1:2:" + i + "::")));
        }
        assertDenied(limiter.allowOtpVerify(phone(5), client("2001:db8:1:2::99")), Limit.OTP_IP_VERIFIES, u(10));
        assertAllowed(limiter.allowOtpVerify(phone(5), client("2001:db8:1:3::99")));
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsItsIpv4Address() {
        for (int i = 1; i <= 5; i++) {
            ClientAddress from = i % 2 == 0 ? client("::ffff:198.51.100.7") : client("198.51.100.7");
            assertAllowed(limiter.allowOtpSend(phone(i), from));
        }
        assertDenied(limiter.allowOtpSend(phone(6), client("::ffff:198.51.100.7")), Limit.OTP_IP_SENDS, u(10));
        assertDenied(limiter.allowOtpSend(phone(6), client("198.51.100.7")), Limit.OTP_IP_SENDS, u(10));
    }

    @Test
    void slashSixtyFoursOfOneSlashFortyEightShareTheCoarseSendCapAndARefusedSendCostsThePhoneNothing() {
        for (int i = 1; i <= 7; i++) {
            assertAllowed(limiter.allowOtpSend(phoneInPrefix(i), client("2001:db8:7:" + i + "::1")));
        }
        assertDenied(limiter.allowOtpSend(phoneInPrefix(8), client("2001:db8:7:ff::1")), Limit.OTP_COARSE_NETWORK_SENDS, u(10));
        assertAllowed(limiter.allowOtpSend(phoneInPrefix(8), client("2001:db8:8::1")));
    }

    @Test
    void addressesOfOneIpv4SlashTwentyFourShareTheCoarseVerifyCap() {
        for (int i = 1; i <= 6; i++) {
            assertAllowed(limiter.allowOtpVerify(phone(i), client("192.0.2." + i)));
        }
        assertDenied(limiter.allowOtpVerify(phone(7), client("192.0.2.200")), Limit.OTP_COARSE_NETWORK_VERIFIES, u(10));
        assertAllowed(limiter.allowOtpVerify(phone(7), client("192.0.3.200")));
    }

    @Test
    void eachUserMayAttemptOnlySoManyTransfersPerWindow() {
        UserId user = user();
        for (int i = 0; i < 3; i++) {
            assertAllowed(limiter.allowTransfer(user));
        }
        assertDenied(limiter.allowTransfer(user), Limit.USER_TRANSFERS, u(10));
        assertAllowed(limiter.allowTransfer(user()));
        advance(u(11));
        assertAllowed(limiter.allowTransfer(user));
    }

    @Test
    void theFailureThatReachesTheCapIsDeniedAndLocksThePhoneUntilTheLockEnds() {
        assertAllowed(limiter.recordOtpFailure(phone(1)));
        assertAllowed(limiter.recordOtpFailure(phone(1)));
        assertDenied(limiter.recordOtpFailure(phone(1)), Limit.OTP_PHONE_LOCKED, u(6));
        assertDenied(limiter.allowOtpVerify(phone(1), ip(1)), Limit.OTP_PHONE_LOCKED, u(6));
        assertDenied(limiter.recordOtpFailure(phone(1)), Limit.OTP_PHONE_LOCKED, u(6));
        assertAllowed(limiter.allowOtpVerify(phone(2), ip(1)));
        advance(u(7));
        assertAllowed(limiter.allowOtpVerify(phone(1), ip(1)));
        assertAllowed(limiter.recordOtpFailure(phone(1)));
        assertAllowed(limiter.recordOtpFailure(phone(1)));
    }

    @Test
    void failuresOlderThanTheLockoutWindowAreForgotten() {
        assertAllowed(limiter.recordOtpFailure(phone(1)));
        assertAllowed(limiter.recordOtpFailure(phone(1)));
        advance(u(11));
        assertAllowed(limiter.recordOtpFailure(phone(1)));
        assertAllowed(limiter.recordOtpFailure(phone(1)));
        assertDenied(limiter.recordOtpFailure(phone(1)), Limit.OTP_PHONE_LOCKED, u(6));
    }

    @Test
    void verificationAttemptsAreNotCountedAsFailures() {
        for (int i = 1; i <= 5; i++) {
            assertAllowed(limiter.allowOtpVerify(phone(1), ip(i)));
        }
        assertAllowed(limiter.recordOtpFailure(phone(1)));
        assertAllowed(limiter.recordOtpFailure(phone(1)));
    }

    @Test
    void fiveWrongSecretsLockStepUpAndTheNextLockLastsLonger() {
        UserId user = user();
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(3));
        assertRefused(limiter.reserveStepUp(user), Limit.STEP_UP_LOCKED, u(3));
        reserve(user());
        advance(u(4));
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(6));
    }

    @Test
    void everyAttemptTheLockoutAllowsCanBeTakenAtOnceAndNoMoreUntilOneIsGivenBack() {
        UserId user = user();
        List<StepUpAttempt.Reserved> inFlight = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inFlight.add(reserve(user));
        }
        assertRefused(limiter.reserveStepUp(user), Limit.STEP_UP_LOCKED, StepUpAttempt.IN_FLIGHT_RETRY);
        reserve(user());

        limiter.releaseStepUp(inFlight.get(0));

        reserve(user);
        assertRefused(limiter.reserveStepUp(user), Limit.STEP_UP_LOCKED, StepUpAttempt.IN_FLIGHT_RETRY);
    }

    @Test
    void attemptsTakenTogetherThatAllFailLockStepUpWithTheLastOfThem() {
        UserId user = user();
        List<StepUpAttempt.Reserved> inFlight = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inFlight.add(reserve(user));
        }
        for (int i = 0; i < 4; i++) {
            assertAllowed(limiter.recordStepUpFailure(inFlight.get(i)));
        }
        assertDenied(limiter.recordStepUpFailure(inFlight.get(4)), Limit.STEP_UP_LOCKED, u(3));
        assertRefused(limiter.reserveStepUp(user), Limit.STEP_UP_LOCKED, u(3));
    }

    @Test
    void anAttemptGivenBackUnusedCountsNothing() {
        UserId user = user();
        for (int i = 0; i < 20; i++) {
            limiter.releaseStepUp(reserve(user));
        }
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(3));
    }

    @Test
    void aCorrectStepUpResetsTheConsecutiveFailures() {
        UserId user = user();
        for (int round = 0; round < 3; round++) {
            recordStepUpFailures(user, 4);
            assertAllowed(limiter.recordStepUpSuccess(reserve(user)));
        }
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(3));
    }

    @Test
    void aSuccessGivesBackOnlyItsOwnAttemptNotThoseStillInFlight() {
        UserId user = user();
        for (int i = 0; i < 4; i++) {
            reserve(user);
        }
        assertAllowed(limiter.recordStepUpSuccess(reserve(user)));

        reserve(user);
        assertRefused(limiter.reserveStepUp(user), Limit.STEP_UP_LOCKED, StepUpAttempt.IN_FLIGHT_RETRY);
    }

    @Test
    void aRightSecretIsRefusedWhenTheAccountCeilingBeganWhileItWasEvaluated() {
        UserId user = user();
        climbToOneBelowTheCeiling(user);
        StepUpAttempt.Reserved wrong = reserve(user);
        StepUpAttempt.Reserved right = reserve(user);

        assertDenied(limiter.recordStepUpFailure(wrong), Limit.ACCOUNT_CEILING, u(8));

        assertDenied(limiter.recordStepUpSuccess(right), Limit.ACCOUNT_CEILING, u(8));
    }

    @Test
    void aRightSecretIsRefusedWhenAStepUpLockBeganWhileItWasEvaluated() {
        UserId user = user();
        StepUpAttempt.Reserved right = reserve(user);
        advance(u(11));
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(3));

        assertDenied(limiter.recordStepUpSuccess(right), Limit.STEP_UP_LOCKED, u(3));
    }

    @Test
    void aFailureEvaluatedWhileALockBeganStillCountsTowardTheAccountCeiling() {
        UserId user = user();
        StepUpAttempt.Reserved slow = reserve(user);
        advance(u(11));
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(3));
        assertDenied(limiter.recordStepUpFailure(slow), Limit.STEP_UP_LOCKED, u(3));
        advance(u(4));
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(6));
        advance(u(7));

        // The twelfth failure: it would be the eleventh had the slow one not counted.
        assertDenied(fail(user), Limit.ACCOUNT_CEILING, u(8));
    }

    @Test
    void theAccountCeilingStopsStepUpForLongAfterTooManyConsecutiveFailures() {
        UserId user = user();
        climbToOneBelowTheCeiling(user);
        assertDenied(fail(user), Limit.ACCOUNT_CEILING, u(8));
        assertRefused(limiter.reserveStepUp(user), Limit.ACCOUNT_CEILING, u(8));
        advance(u(9));
        reserve(user);
    }

    @Test
    void hashingIsCappedPerSubjectWhateverTheClient() {
        HashingSubject signup = new HashingSubject.OfSignup(PreUserId.of(UUID.randomUUID()));
        for (int i = 1; i <= 3; i++) {
            assertAllowed(limiter.allowHashing(signup, ip(i)));
        }
        assertDenied(limiter.allowHashing(signup, ip(4)), Limit.HASHING_SUBJECT, u(10));
        assertAllowed(limiter.allowHashing(new HashingSubject.OfUser(user()), ip(4)));
    }

    @Test
    void hashingIsCappedPerClientAcrossSubjectsAndARefusedRequestCostsItsSubjectNothing() {
        for (int i = 0; i < 5; i++) {
            assertAllowed(limiter.allowHashing(new HashingSubject.OfUser(user()), ip(1)));
        }
        HashingSubject late = new HashingSubject.OfUser(user());
        assertDenied(limiter.allowHashing(late, ip(1)), Limit.HASHING_CLIENT, u(10));
        for (int i = 0; i < 3; i++) {
            assertAllowed(limiter.allowHashing(late, ip(2)));
        }
        assertDenied(limiter.allowHashing(late, ip(2)), Limit.HASHING_SUBJECT, u(10));
    }

    @Test
    void aUserAndASignupWithTheSameIdAreDifferentHashingSubjects() {
        UUID id = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertAllowed(limiter.allowHashing(new HashingSubject.OfUser(UserId.of(id)), ip(i)));
        }
        assertAllowed(limiter.allowHashing(new HashingSubject.OfSignup(PreUserId.of(id)), ip(4)));
    }

    @Test
    void aPrefixFloodedWithSendsIsCappedWhileOtherPrefixesGoOn() {
        for (int i = 1; i <= 6; i++) {
            assertAllowed(limiter.allowOtpSend(phone(i), ip(i)));
        }
        assertDenied(limiter.allowOtpSend(phone(7), ip(7)), Limit.OTP_PREFIX_ANOMALY, u(10));
        assertAllowed(limiter.allowOtpSend(phoneInPrefix(2), ip(8)));
    }

    @Test
    void theGlobalBudgetTripsABreakerThatStaysOpenForItsTimeThenCloses() {
        for (int i = 1; i <= 8; i++) {
            assertAllowed(limiter.allowOtpSend(phoneInPrefix(i), ip(i)));
        }
        assertDenied(limiter.allowOtpSend(phoneInPrefix(9), ip(9)), Limit.OTP_GLOBAL_BUDGET, u(10));
        advance(u(5));
        assertDenied(limiter.allowOtpSend(phoneInPrefix(10), ip(10)), Limit.OTP_GLOBAL_BUDGET, u(5));
        advance(u(6));
        assertAllowed(limiter.allowOtpSend(phoneInPrefix(11), ip(11)));
    }

    @Test
    void operatorRequestsFromOneAddressAreCappedWhileOtherAddressesGoOn() {
        for (int i = 0; i < 4; i++) {
            assertAllowed(limiter.allowAdmin(ip(1)));
        }
        assertDenied(limiter.allowAdmin(ip(1)), Limit.ADMIN_REQUESTS, u(10));
        assertAllowed(limiter.allowAdmin(ip(2)));
        advance(u(10.5));
        assertAllowed(limiter.allowAdmin(ip(1)));
    }

    @Test
    void operatorRequestsAndCodeSendsFromOneAddressAreCountedApart() {
        for (int i = 0; i < 4; i++) {
            assertAllowed(limiter.allowAdmin(ip(1)));
        }
        assertDenied(limiter.allowAdmin(ip(1)), Limit.ADMIN_REQUESTS, u(10));

        assertAllowed(limiter.allowOtpSend(phone(1), ip(1)));
        assertAllowed(limiter.allowOtpVerify(phone(1), ip(1)));
    }

    private void sendSpacedByOneAndAHalfUnits(PhoneNumber phone, int sends) {
        for (int i = 0; i < sends; i++) {
            assertAllowed(limiter.allowOtpSend(phone, ip(1)));
            advance(u(1.5));
        }
    }

    private void recordStepUpFailures(UserId user, int failures) {
        for (int i = 0; i < failures; i++) {
            assertAllowed(fail(user));
        }
    }

    /** Eleven consecutive failures of the ceiling's twelve, through two locks waited out. */
    private void climbToOneBelowTheCeiling(UserId user) {
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(3));
        advance(u(4));
        recordStepUpFailures(user, 4);
        assertDenied(fail(user), Limit.STEP_UP_LOCKED, u(6));
        advance(u(7));
        assertAllowed(fail(user));
    }

    /** One wrong secret: an attempt taken, then settled as a failure. */
    private RateDecision fail(UserId user) {
        return limiter.recordStepUpFailure(reserve(user));
    }

    private StepUpAttempt.Reserved reserve(UserId user) {
        return assertThat(limiter.reserveStepUp(user)).asInstanceOf(type(StepUpAttempt.Reserved.class)).actual();
    }

    private void assertRefused(StepUpAttempt attempt, Limit limit, Duration idealWait) {
        assertDenied(assertThat(attempt).asInstanceOf(type(StepUpAttempt.Refused.class)).actual().denial(), limit, idealWait);
    }

    protected final Duration u(double units) {
        return Duration.ofNanos(Math.round(unit().toNanos() * units));
    }

    /** Phones sharing the watched prefix "+44791". */
    protected static PhoneNumber phone(int n) {
        return PhoneNumber.of(String.format("+44791%06d", n));
    }

    /** One phone in each of many distinct prefixes ("+41001", "+41002", ...). */
    protected static PhoneNumber phoneInPrefix(int prefix) {
        return PhoneNumber.of(String.format("+4%04d123456", 1000 + prefix));
    }

    /** Distinct clients, each in a /24 of its own (198.18.0.0/15 is set aside for tests), so coarse caps stay apart. */
    protected static ClientAddress ip(int n) {
        return new ClientAddress("198.18." + n + ".1");
    }

    protected static ClientAddress client(String literal) {
        return new ClientAddress(literal);
    }

    protected static UserId user() {
        return UserId.of(UUID.randomUUID());
    }

    protected static void assertAllowed(RateDecision decision) {
        assertThat(decision).isEqualTo(RateDecision.ALLOWED);
    }

    /** Denied by that limit, with a retryAfter above zero, at most the ideal wait and at least it minus the slack. */
    protected final void assertDenied(RateDecision decision, Limit limit, Duration idealWait) {
        RateDecision.Denied denied = assertThat(decision).asInstanceOf(type(RateDecision.Denied.class)).actual();
        assertThat(denied.limit()).isEqualTo(limit);
        assertThat(denied.retryAfter())
                .isPositive()
                .isLessThanOrEqualTo(idealWait)
                .isGreaterThanOrEqualTo(idealWait.minus(slack()));
    }
}
