package io.finguard.application.otp;

import io.finguard.application.Auditor;
import io.finguard.application.session.LoginFlow;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Transition;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.otp.OtpEvent;
import io.finguard.domain.port.in.LoginResult;
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
 * transaction, so a challenge is never consumed without its outcome. A wrong code is committed before the
 * phone's failure is recorded in Redis, so no Redis fault makes a guess free.
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

    public VerifyOtpService(Transactions tx, OtpChallenges challenges, OtpCodes codes, RateLimiter limiter, LoginFlow login,
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
        Checked checked;
        try {
            checked = tx.inTransaction(() -> verifyLocked(id.get(), command));
        } catch (DuplicateException raced) {
            // A parallel verification of another challenge for the same phone started the signup first:
            // this code was still right, so answer again; the signup now exists and is resumed.
            checked = tx.inTransaction(() -> verifyLocked(id.get(), command));
        }
        return switch (checked) {
            case Checked.Answered answered -> answered.result();
            case Checked.WrongCode wrong -> afterWrongCode(wrong);
        };
    }

    /** A check whose answer is final, or a wrong code already counted on its challenge and committed. */
    private sealed interface Checked {
        record Answered(Result result) implements Checked {
        }

        record WrongCode(PhoneNumber phone, int attemptsLeft) implements Checked {
        }
    }

    private Checked verifyLocked(ChallengeId id, Command command) {
        // Only entry codes prove a phone here: a PHONE_CHANGE challenge is no one's login, whatever its code.
        Optional<OtpChallenge> found = challenges.lock(id).filter(c -> c.facts().purpose() == OtpPurpose.PHONE_ENTRY);
        if (found.isEmpty()) {
            return new Checked.Answered(new Result.UnknownChallenge());
        }
        OtpChallenge challenge = found.get();
        PhoneNumber phone = challenge.facts().phone();
        RateDecision allowed = limiter.allowOtpVerify(phone, command.client());
        if (allowed instanceof RateDecision.Denied denied) {
            return new Checked.Answered(new Result.Throttled(denied.limit(), denied.retryAfter()));
        }
        String code = command.code();
        boolean matches = code.length() <= MAX_CODE_LENGTH
                && codes.matches(challenge.facts().codeHash(), id, phone, OtpPurpose.PHONE_ENTRY, code);
        Transition<OtpChallenge> step = challenge.on(new OtpEvent.Verify(matches, clock.instant()));
        if (step.changed()) {
            challenges.update(step.state());
        }
        return switch (step) {
            case Transition.Declined<OtpChallenge> refused -> new Checked.Answered(new Result.Refused(Refusal.of(refused.reason())));
            case Transition.Accepted<OtpChallenge> accepted -> switch (step.state()) {
                case OtpChallenge.Verified verified -> {
                    auditor.record(AuditType.OTP_VERIFIED, phone.masked(), Map.of("challenge", id.toString()));
                    LoginResult login = this.login.afterPhoneProven(phone, command.device(), command.key(), verified.attempts());
                    yield new Checked.Answered(new Result.Proven(login));
                }
                case OtpChallenge.Pending pending -> wrongCode(phone, pending.attemptsLeft(), id);
                case OtpChallenge.Exhausted exhausted -> wrongCode(phone, 0, id);
                case OtpChallenge.Expired expired -> new Checked.Answered(new Result.Refused(Refusal.EXPIRED));
                case OtpChallenge.Superseded superseded -> new Checked.Answered(new Result.Refused(Refusal.SUPERSEDED));
            };
        };
    }

    private Checked wrongCode(PhoneNumber phone, int attemptsLeft, ChallengeId id) {
        auditor.record(AuditType.OTP_FAILED, phone.masked(), Map.of("challenge", id.toString(), "attemptsLeft", Integer.toString(attemptsLeft)));
        return new Checked.WrongCode(phone, attemptsLeft);
    }

    /**
     * The phone's failure count lives in Redis, outside the transaction: it is recorded only after the attempt was
     * committed, so a Redis failure here answers 503 but never takes the counted attempt back.
     */
    private Result afterWrongCode(Checked.WrongCode wrong) {
        if (limiter.recordOtpFailure(wrong.phone()) instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        return new Result.WrongCode(wrong.attemptsLeft());
    }
}
