package io.finguard.application.session;

import io.finguard.application.Auditor;
import io.finguard.application.phone.Dormancy;
import io.finguard.application.phone.SimSwapGuard;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.account.Account;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.SessionName;
import io.finguard.domain.model.Transition;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.policy.PhoneSignals;
import io.finguard.domain.policy.SimSwapRisk;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.SessionTokens;
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
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionOrigin;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserEvent;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A PIN or password proven after the phone: finishes a login that needed step-up, or raises a live session
 * to AAL2 (the old family is replaced). Each attempt is reserved from the user's lockout before the slow hash, so
 * parallel guesses get no more tries than sequential ones; wrong secrets lock step-up after the configured number and
 * longer on each repeat. A hash with outdated parameters is replaced once. A dormant account, or a number whose SIM
 * was swapped inside the window (or about which the network cannot say), steps up by password only.
 */
public final class StepUpService implements StepUp {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Users users;
    private final Accounts accounts;
    private final SessionRevoker revoker;
    private final SecretHasher hasher;
    private final RateLimiter limiter;
    private final SessionIssuer issuer;
    private final LoginPolicy loginPolicy;
    private final Auditor auditor;
    private final Clock clock;
    private final KnownKeys knownKeys;
    private final Dormancy dormancy;
    private final SimSwapGuard simSwap;

    public StepUpService(Transactions tx, LiveSession liveSession, Users users, Accounts accounts, SessionRevoker revoker, SecretHasher hasher,
                  RateLimiter limiter, SessionIssuer issuer, LoginPolicy loginPolicy, Auditor auditor, Clock clock, KnownKeys knownKeys,
                  Dormancy dormancy, SimSwapGuard simSwap) {
        this.knownKeys = knownKeys;
        this.tx = tx;
        this.liveSession = liveSession;
        this.users = users;
        this.accounts = accounts;
        this.revoker = revoker;
        this.hasher = hasher;
        this.limiter = limiter;
        this.issuer = issuer;
        this.loginPolicy = loginPolicy;
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

    private Result succeed(Command command, SecretMatch.Matches match) {
        Optional<User> locked = users.lock(command.subject().user());
        if (locked.isEmpty() || !(locked.get() instanceof User.Active)) {
            return new Result.Denied(Denial.USER_BLOCKED);
        }
        Optional<RefreshFamily.Active> replaced = Optional.empty();
        if (command.subject() instanceof Subject.ViaSession via) {
            switch (liveSession.check(via.user(), via.session())) {
                case LiveSession.Verdict.Denied denied -> {
                    return new Result.Denied(denied.reason() == SessionDenial.USER_BLOCKED ? Denial.USER_BLOCKED : Denial.SESSION_REVOKED);
                }
                case LiveSession.Verdict.Live live -> replaced = Optional.of(live.session());
            }
        }
        User user = locked.get();
        match.rehashed().ifPresent(fresh -> rehash(user, command.method(), fresh));
        Optional<Account> account = accounts.findByOwner(user.id());
        if (account.isEmpty()) {
            return new Result.Denied(Denial.ACCOUNT_MISSING);
        }
        replaced.ifPresent(family -> revoker.revoke(family, RevocationReason.REPLACED));
        Optional<DeviceId> device = switch (command.subject()) {
            case Subject.ViaTicket via -> via.device();
            case Subject.ViaSession via -> replaced.orElseThrow().facts().device();
        };
        // The new session is named like the login's (or the replaced session); its network is where this step-up came from.
        Optional<SessionName> name = switch (command.subject()) {
            case Subject.ViaTicket via -> via.sessionName();
            case Subject.ViaSession via -> replaced.orElseThrow().facts().origin().name();
        };
        Set<AuthMethod> amr = EnumSet.of(AuthMethod.SMS, command.method());
        SessionTokens tokens = issuer.start(user.id(), account.get().tier(), loginPolicy.scopesFor(account),
                AssuranceLevel.AAL2, amr, device, command.key(), SessionOrigin.of(name, command.client()));
        // A step-up by a DPoP key is what makes it a known device; the new session is bound to it. After the families
        // (the session cap locks them): lock order user, families, known keys, as refresh and forgetting a device take them.
        command.key().ifPresent(key -> knownKeys.steppedUp(user.id(), key, clock.instant()));
        auditor.record(AuditType.STEP_UP_SUCCEEDED, user.id(), Map.of("method", command.method().name()));
        return new Result.SteppedUp(new LoginResult.Authenticated(account.get().tier(), tokens));
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
