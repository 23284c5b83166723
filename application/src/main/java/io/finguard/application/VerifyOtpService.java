package io.finguard.application;

import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Rejection;
import io.finguard.domain.model.Transition;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.otp.OtpEvent;
import io.finguard.domain.port.in.VerifyOtp;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.OtpCodes;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Step 4: the code is checked against its challenge under a row lock (so parallel guesses are counted one
 * by one and only one right guess wins); a proven phone continues into the login flow in the same
 * transaction, so a challenge is never consumed without its outcome.
 */
public final class VerifyOtpService implements VerifyOtp {
    private static final int MAX_CODE_LENGTH = 16;

    private final Transactions tx;
    private final OtpChallenges challenges;
    private final OtpCodes codes;
    private final RateLimiter limiter;
    private final LoginFlow login;
    private final Auditor auditor;
    private final Clock clock;

    VerifyOtpService(Transactions tx, OtpChallenges challenges, OtpCodes codes, RateLimiter limiter, LoginFlow login,
                     Auditor auditor, Clock clock) {
        this.tx = tx;
        this.challenges = challenges;
        this.codes = codes;
        this.limiter = limiter;
        this.login = login;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result verify(Command command) {
        Optional<ChallengeId> id = CanonicalUuid.read(command.challengeId()).map(ChallengeId::of);
        if (id.isEmpty()) {
            return new Result.UnknownChallenge();
        }
        try {
            return tx.inTransaction(() -> verifyLocked(id.get(), command));
        } catch (DuplicateException raced) {
            // A parallel verification of another challenge for the same phone started the signup first:
            // this code was still right, so answer again; the signup now exists and is resumed.
            return tx.inTransaction(() -> verifyLocked(id.get(), command));
        }
    }

    private Result verifyLocked(ChallengeId id, Command command) {
        Optional<OtpChallenge> found = challenges.lock(id);
        if (found.isEmpty()) {
            return new Result.UnknownChallenge();
        }
        OtpChallenge challenge = found.get();
        PhoneNumber phone = challenge.facts().phone();
        RateDecision allowed = limiter.allowOtpVerify(phone, command.client());
        if (allowed instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        String code = command.code();
        boolean matches = code.length() <= MAX_CODE_LENGTH
                && codes.matches(challenge.facts().codeHash(), id, phone, challenge.facts().purpose(), code);
        Transition<OtpChallenge> step = challenge.on(new OtpEvent.Verify(matches, clock.instant()));
        if (step.state() != challenge) {
            challenges.update(step.state());
        }
        return switch (step) {
            case Transition.Rejected<OtpChallenge> rejected -> new Result.Refused(rejected.reason());
            case Transition.Moved<OtpChallenge> moved -> switch (moved.next()) {
                case OtpChallenge.Verified verified -> {
                    auditor.record(AuditType.OTP_VERIFIED, phone.masked(), Map.of("challenge", id.toString()));
                    yield new Result.Proven(login.afterPhoneProven(phone, command.device(), verified.attempts()));
                }
                case OtpChallenge.Pending pending -> wrongCode(phone, pending.attemptsLeft(), id);
                case OtpChallenge.Exhausted exhausted -> wrongCode(phone, 0, id);
                case OtpChallenge.Expired expired -> new Result.Refused(Rejection.OTP_EXPIRED);
                case OtpChallenge.Superseded superseded -> new Result.Refused(Rejection.OTP_SUPERSEDED);
            };
        };
    }

    private Result wrongCode(PhoneNumber phone, int attemptsLeft, ChallengeId id) {
        auditor.record(AuditType.OTP_FAILED, phone.masked(), Map.of("challenge", id.toString(), "attemptsLeft", Integer.toString(attemptsLeft)));
        if (limiter.recordOtpFailure(phone) instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        return new Result.WrongCode(attemptsLeft);
    }
}
