package io.finguard.application.phone;

import io.finguard.application.Auditor;
import io.finguard.application.session.LiveSession;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.ChallengeId;
import io.finguard.domain.model.OtpPurpose;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Transition;
import io.finguard.domain.otp.OtpChallenge;
import io.finguard.domain.otp.OtpEvent;
import io.finguard.domain.phone.PhoneChange;
import io.finguard.domain.phone.PhoneChangeEvent;
import io.finguard.domain.port.in.ConfirmPhoneChange;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.OtpChallenges;
import io.finguard.domain.port.out.OtpCodes;
import io.finguard.domain.port.out.PhoneChanges;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.token.AccessClaims;
import java.time.Clock;
import java.util.Map;
import io.finguard.domain.policy.PhoneSignals;
import io.finguard.domain.policy.SimSwapRisk;
import io.finguard.domain.policy.TransferDenial;
import io.finguard.domain.port.out.Users;
import java.util.Optional;

/**
 * Change of number, step 2: under the live-session check, the caller's change and its challenge are locked, and the code
 * is checked for the PHONE_CHANGE purpose only (a PHONE_ENTRY challenge is no change of anyone's, and its code would not
 * match this purpose anyway). The right code moves the account ({@link PhoneMove}) in the same transaction; a number
 * taken meanwhile (two users racing for one number: phone_claims lets one win) rolls everything back and answers
 * {@code NotAccepted}. A wrong code is committed before Redis records the failure, as at the entry.
 */
public final class ConfirmPhoneChangeService implements ConfirmPhoneChange {
    private static final int MAX_CODE_LENGTH = 16;

    private final Transactions tx;
    private final LiveSession liveSession;
    private final PhoneChanges changes;
    private final OtpChallenges challenges;
    private final OtpCodes codes;
    private final RateLimiter limiter;
    private final PhoneMove move;
    private final Auditor auditor;
    private final Users users;
    private final SimSwapGuard simSwap;
    private final Clock clock;

    public ConfirmPhoneChangeService(Transactions tx, LiveSession liveSession, PhoneChanges changes, OtpChallenges challenges,
                                     OtpCodes codes, RateLimiter limiter, PhoneMove move, Auditor auditor, Clock clock,
                                     Users users, SimSwapGuard simSwap) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.changes = changes;
        this.challenges = challenges;
        this.codes = codes;
        this.limiter = limiter;
        this.move = move;
        this.auditor = auditor;
        this.users = users;
        this.simSwap = simSwap;
        this.clock = clock;
    }

    /** A final answer, or a wrong code already counted on its challenge and committed. */
    private sealed interface Checked {
        record Answered(Result result) implements Checked {
        }

        record WrongCode(PhoneNumber phone, int attemptsLeft) implements Checked {
        }
    }

    @Override
    public Result confirm(Command command) {
        Optional<ChallengeId> id = CanonicalUuid.read(command.challengeId()).map(ChallengeId::of);
        if (id.isEmpty()) {
            return new Result.UnknownChange();
        }
        // The account's current number is asked about before the transaction (a network call): a number swapped to
        // another SIM is held like money (PhoneSignals' transfer rule), so a hijacked number cannot move the account.
        SimSwapRisk risk = tx.inTransaction(() -> users.find(command.caller().subject()))
                .map(user -> simSwap.assess(user.facts().phone())).orElse(SimSwapRisk.NONE);
        Checked checked;
        try {
            checked = tx.inTransaction(() -> confirmLocked(id.get(), command, risk));
        } catch (DuplicateException taken) {
            tx.inTransaction(() -> {
                auditor.record(AuditType.PHONE_CHANGE_REFUSED, command.caller().subject(),
                        Map.of("reason", "taken", "challenge", id.get().toString()));
                return null;
            });
            return new Result.NotAccepted();
        }
        return switch (checked) {
            case Checked.Answered answered -> answered.result();
            case Checked.WrongCode wrong -> limiter.recordOtpFailure(wrong.phone()) instanceof RateDecision.Denied denied
                    ? new Result.Throttled(denied.limit(), denied.retryAfter())
                    : new Result.WrongCode(wrong.attemptsLeft());
        };
    }

    private Checked confirmLocked(ChallengeId id, Command command, SimSwapRisk risk) {
        AccessClaims caller = command.caller();
        LiveSession.Verdict verdict = liveSession.check(caller.subject(), caller.session());
        if (verdict instanceof LiveSession.Verdict.Denied denied) {
            return new Checked.Answered(new Result.SessionNotLive(denied.reason()));
        }
        SimSwapGuard.audit(auditor, caller.subject(), risk, "phone_change");
        Optional<TransferDenial> held = new PhoneSignals(false, risk).transferDenial(caller.amr());
        if (held.isPresent()) {
            return new Checked.Answered(new Result.Held(held.get()));
        }
        LiveSession.Verdict.Live live = (LiveSession.Verdict.Live) verdict;
        Optional<PhoneChange> found = changes.lock(id).filter(c -> c.facts().user().equals(caller.subject()));
        Optional<OtpChallenge> challenge = challenges.lock(id).filter(c -> c.facts().purpose() == OtpPurpose.PHONE_CHANGE);
        if (found.isEmpty() || challenge.isEmpty()) {
            return new Checked.Answered(new Result.UnknownChange());
        }
        PhoneChange change = found.get();
        PhoneNumber phone = change.facts().newPhone();
        if (limiter.allowOtpVerify(phone, command.client()) instanceof RateDecision.Denied denied) {
            return new Checked.Answered(new Result.Throttled(denied.limit(), denied.retryAfter()));
        }
        String code = command.code();
        boolean matches = code.length() <= MAX_CODE_LENGTH
                && codes.matches(challenge.get().facts().codeHash(), id, phone, OtpPurpose.PHONE_CHANGE, code);
        Transition<OtpChallenge> step = challenge.get().on(new OtpEvent.Verify(matches, clock.instant()));
        if (step.changed()) {
            challenges.update(step.state());
        }
        return switch (step) {
            case Transition.Declined<OtpChallenge> refused -> {
                expireIfDue(change);
                yield new Checked.Answered(new Result.Refused(Refusal.of(refused.reason())));
            }
            case Transition.Accepted<OtpChallenge> accepted -> switch (step.state()) {
                case OtpChallenge.Verified verified -> complete(change, live);
                case OtpChallenge.Pending pending -> wrongCode(caller, phone, pending.attemptsLeft());
                case OtpChallenge.Exhausted exhausted -> wrongCode(caller, phone, 0);
                case OtpChallenge.Expired expired -> new Checked.Answered(new Result.Refused(Refusal.EXPIRED));
                case OtpChallenge.Superseded superseded -> new Checked.Answered(new Result.Refused(Refusal.SUPERSEDED));
            };
        };
    }

    private Checked complete(PhoneChange change, LiveSession.Verdict.Live live) {
        Transition<PhoneChange> step = change.on(new PhoneChangeEvent.Confirm(clock.instant()));
        if (step.changed()) {
            changes.update(step.state());
        }
        if (step instanceof Transition.Declined<PhoneChange> refused) {
            return new Checked.Answered(new Result.Refused(Refusal.of(refused.reason())));
        }
        PhoneMove.Moved moved = move.move(live.user(), change.facts().newPhone(), Optional.of(live.session().facts().id()),
                PhoneMove.Via.CHANGE);
        return new Checked.Answered(new Result.Changed(moved.to().masked(), moved.coolingOffUntil(), moved.sessionsEnded()));
    }

    private void expireIfDue(PhoneChange change) {
        Transition<PhoneChange> tick = change.on(new PhoneChangeEvent.Tick(clock.instant()));
        if (tick.changed()) {
            changes.update(tick.state());
        }
    }

    private Checked wrongCode(AccessClaims caller, PhoneNumber phone, int attemptsLeft) {
        auditor.record(AuditType.OTP_FAILED, phone.masked(), Map.of("purpose", OtpPurpose.PHONE_CHANGE.name(),
                "attemptsLeft", Integer.toString(attemptsLeft), "user", caller.subject().toString()));
        return new Checked.WrongCode(phone, attemptsLeft);
    }
}
