package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.application.phone.Dormancy;
import io.finguard.application.phone.SimSwapGuard;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.Transition;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.policy.PhoneSignals;
import io.finguard.domain.policy.SimSwapRisk;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.HashingSubject;
import io.finguard.domain.port.out.KnownKeys;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.SecretMatch;
import io.finguard.domain.port.out.StepUpAttempt;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserEvent;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * A PIN or password proven after the phone: finishes a login that needed step-up, or raises a live session
 * to AAL2 (the old family is replaced). Each attempt is reserved from the user's lockout before the slow hash, so
 * parallel guesses get no more tries than sequential ones; wrong secrets lock step-up after the configured number and
 * longer on each repeat. A hash with outdated parameters is replaced once. A dormant account, or a number whose SIM
 * was swapped inside the window (or about which the network cannot say), steps up by password only.
 */
public final class StepUpService implements StepUp {
    private final Transactions tx;
    private final Users users;
    private final SecretHasher hasher;
    private final RateLimiter limiter;
    private final StepUpCompletion completion;
    private final Auditor auditor;
    private final Clock clock;
    private final Dormancy dormancy;
    private final SimSwapGuard simSwap;

    public StepUpService(Transactions tx, LiveSession liveSession, Users users, Accounts accounts, SessionRevoker revoker, SecretHasher hasher,
                  RateLimiter limiter, SessionIssuer issuer, LoginPolicy loginPolicy, Auditor auditor, Clock clock, KnownKeys knownKeys,
                  Dormancy dormancy, SimSwapGuard simSwap) {
        this.tx = tx;
        this.users = users;
        this.hasher = hasher;
        this.limiter = limiter;
        this.completion = new StepUpCompletion(liveSession, accounts, revoker, issuer, loginPolicy, auditor, clock, knownKeys);
        this.auditor = auditor;
        this.clock = clock;
        this.dormancy = dormancy;
        this.simSwap = simSwap;
    }

    @Override
    public Result stepUp(Command command) {
        return switch (limiter.reserveStepUp(command.subject().user())) {
            case StepUpAttempt.Refused refused -> new Result.Locked(refused.denial().retryAfter());
            case StepUpAttempt.Reserved attempt -> evaluate(command, attempt);
        };
    }

    /** The user as read before the hash, and whether their account is dormant (read in the same transaction). */
    private record Found(Optional<User> user, boolean dormant) {
    }

    /**
     * A PIN is refused, before it is hashed and without counting the attempt, when the account is dormant or its number
     * moved to another SIM inside the window (or the network cannot say); the network is asked outside any transaction,
     * and a locked or throttled step-up never gets this far, so a burst of guesses costs no extra work.
     */
    private boolean pinRefused(User.Active user, boolean dormant) {
        SimSwapRisk risk = simSwap.assess(user.facts().phone());
        if (new PhoneSignals(dormant, risk).pinAllowed()) {
            return false;
        }
        tx.inTransaction(() -> {
            SimSwapGuard.audit(auditor, user.id(), risk, "step_up");
            auditor.record(AuditType.STEP_UP_FAILED, user.id(), Map.of("method", AuthMethod.PIN.name(), "reason",
                    Denial.PASSWORD_REQUIRED.code()));
            return null;
        });
        return true;
    }

    /** Runs the hash on a reserved attempt; an attempt that never reaches the hash is given back uncounted. */
    private Result evaluate(Command command, StepUpAttempt.Reserved attempt) {
        SecretMatch match;
        try {
            RateDecision hashing = limiter.allowHashing(new HashingSubject.OfUser(command.subject().user()), command.client());
            if (hashing instanceof RateDecision.Denied denied) {
                limiter.releaseStepUp(attempt);
                return new Result.Throttled(denied.limit(), denied.retryAfter());
            }
            Found read = tx.inTransaction(() -> {
                Optional<User> user = users.find(command.subject().user());
                return new Found(user, user.filter(User.Active.class::isInstance).map(dormancy::dormant).orElse(false));
            });
            Optional<User> found = read.user();
            if (found.isEmpty() || !(found.get() instanceof User.Active active)) {
                limiter.releaseStepUp(attempt);
                return new Result.Denied(found.isEmpty() || found.get() instanceof User.PhoneReleased ? Denial.USER_UNKNOWN
                        : Denial.USER_BLOCKED);
            }
            if (command.method() == AuthMethod.PIN && pinRefused(active, read.dormant())) {
                limiter.releaseStepUp(attempt);
                return new Result.Denied(Denial.PASSWORD_REQUIRED);
            }
            Credentials credentials = found.get().facts().credentials();
            HashedSecret stored = command.method() == AuthMethod.PIN ? credentials.pin() : credentials.password();
            match = hasher.verify(command.secret(), stored);
        } catch (RuntimeException e) {
            giveBack(attempt, e);
            throw e;
        }
        return switch (match) {
            case SecretMatch.Mismatch m -> wrongSecret(command, attempt);
            case SecretMatch.Matches matches -> rightSecret(command, attempt, matches);
        };
    }

    private Result wrongSecret(Command command, StepUpAttempt.Reserved attempt) {
        RateDecision after = limiter.recordStepUpFailure(attempt);
        return tx.inTransaction(() -> {
            if (after instanceof RateDecision.Denied denied) {
                auditor.record(AuditType.STEP_UP_LOCKED, command.subject().user(), Map.of("limit", denied.limit().name()));
                return new Result.Locked(denied.retryAfter());
            }
            auditor.record(AuditType.STEP_UP_FAILED, command.subject().user(), Map.of("method", command.method().name()));
            return new Result.WrongSecret();
        });
    }

    /** Checked again after the hash: a lock or the ceiling that began while it ran wins over a right secret. */
    private Result rightSecret(Command command, StepUpAttempt.Reserved attempt, SecretMatch.Matches match) {
        if (limiter.recordStepUpSuccess(attempt) instanceof RateDecision.Denied denied) {
            return tx.inTransaction(() -> {
                auditor.record(AuditType.STEP_UP_LOCKED, command.subject().user(), Map.of("limit", denied.limit().name()));
                return new Result.Locked(denied.retryAfter());
            });
        }
        return tx.inTransaction(() -> succeed(command, match));
    }

    /** When even giving the attempt back fails, it stays counted until the lockout window ends: that errs on refusing. */
    private void giveBack(StepUpAttempt.Reserved attempt, RuntimeException cause) {
        try {
            limiter.releaseStepUp(attempt);
        } catch (RuntimeException alsoFailed) {
            cause.addSuppressed(alsoFailed);
        }
    }

    /**
     * The proven secret is rehashed first when its parameters are outdated (it is proven whatever the session turns out
     * to be); then the step-up completes as every step-up does.
     */
    private Result succeed(Command command, SecretMatch.Matches match) {
        Optional<User> locked = users.lock(command.subject().user());
        if (locked.isEmpty() || !(locked.get() instanceof User.Active)) {
            return new Result.Denied(Denial.USER_BLOCKED);
        }
        User user = locked.get();
        match.rehashed().ifPresent(fresh -> rehash(user, command.method(), fresh));
        StepUpCompletion.Proof proof = new StepUpCompletion.Proof(command.subject(), command.method(), command.client(),
                command.key(), Map.of());
        return switch (completion.complete(user, proof)) {
            case StepUpCompletion.Outcome.SteppedUp done -> new Result.SteppedUp(done.login());
            case StepUpCompletion.Outcome.Denied denied -> new Result.Denied(denied.reason());
        };
    }

    private void rehash(User user, AuthMethod method, HashedSecret fresh) {
        Credentials old = user.facts().credentials();
        Credentials next = method == AuthMethod.PIN ? new Credentials(old.password(), fresh) : new Credentials(fresh, old.pin());
        Transition<User> step = user.on(new UserEvent.Rehash(next, clock.instant()));
        if (step.changed()) {
            users.update(step.state());
            auditor.record(AuditType.CREDENTIALS_REHASHED, user.id(), Map.of("method", method.name()));
        }
    }
}
