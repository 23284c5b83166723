package io.finguard.application;

import io.finguard.domain.account.Account;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.Transition;
import io.finguard.domain.policy.LoginPolicy;
import io.finguard.domain.port.in.LoginResult;
import io.finguard.domain.port.in.SessionTokens;
import io.finguard.domain.port.in.StepUp;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.SecretMatch;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.FamilyEvent;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
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
 * to AAL2 (the old family is replaced). Wrong secrets are counted by the rate limiter, which locks step-up
 * after the configured number and longer on each repeat. A hash with outdated parameters is replaced once.
 */
public final class StepUpService implements StepUp {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Users users;
    private final Accounts accounts;
    private final Sessions sessions;
    private final SecretHasher hasher;
    private final RateLimiter limiter;
    private final SessionIssuer issuer;
    private final LoginPolicy loginPolicy;
    private final Auditor auditor;
    private final Clock clock;

    StepUpService(Transactions tx, LiveSession liveSession, Users users, Accounts accounts, Sessions sessions, SecretHasher hasher,
                  RateLimiter limiter, SessionIssuer issuer, LoginPolicy loginPolicy, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.users = users;
        this.accounts = accounts;
        this.sessions = sessions;
        this.hasher = hasher;
        this.limiter = limiter;
        this.issuer = issuer;
        this.loginPolicy = loginPolicy;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result stepUp(Command command) {
        if (limiter.allowStepUp(command.subject().user()) instanceof RateDecision.Denied denied) {
            return new Result.Locked(denied.retryAfter());
        }
        Optional<User> found = tx.inTransaction(() -> users.find(command.subject().user()));
        if (found.isEmpty()) {
            return new Result.Denied("user_unknown");
        }
        if (found.get() instanceof User.Blocked) {
            return new Result.Denied("user_blocked");
        }
        Credentials credentials = found.get().facts().credentials();
        HashedSecret stored = command.method() == AuthMethod.PIN ? credentials.pin() : credentials.password();
        return switch (hasher.verify(command.secret(), stored)) {
            case SecretMatch.Mismatch m -> wrongSecret(command);
            case SecretMatch.Matches match -> {
                limiter.recordStepUpSuccess(command.subject().user());
                yield tx.inTransaction(() -> succeed(command, match));
            }
        };
    }

    private Result wrongSecret(Command command) {
        RateDecision after = limiter.recordStepUpFailure(command.subject().user());
        return tx.inTransaction(() -> {
            if (after instanceof RateDecision.Denied denied) {
                auditor.record(AuditType.STEP_UP_LOCKED, command.subject().user(), Map.of("limit", denied.limit().name()));
                return new Result.Locked(denied.retryAfter());
            }
            auditor.record(AuditType.STEP_UP_FAILED, command.subject().user(), Map.of("method", command.method().name()));
            return new Result.WrongSecret();
        });
    }

    private Result succeed(Command command, SecretMatch.Matches match) {
        Optional<User> locked = users.lock(command.subject().user());
        if (locked.isEmpty() || locked.get() instanceof User.Blocked) {
            return new Result.Denied("user_blocked");
        }
        Optional<RefreshFamily.Active> replaced = Optional.empty();
        if (command.subject() instanceof Subject.ViaSession via) {
            switch (liveSession.check(via.user(), via.session())) {
                case LiveSession.Verdict.Denied denied -> {
                    return new Result.Denied(denied.reason().code());
                }
                case LiveSession.Verdict.Live live -> replaced = Optional.of(live.session());
            }
        }
        User user = locked.get();
        match.rehashed().ifPresent(fresh -> rehash(user, command.method(), fresh));
        Optional<Account> account = accounts.findByOwner(user.id());
        if (account.isEmpty()) {
            return new Result.Denied("account_missing");
        }
        replaced.ifPresent(family -> sessions.update(family.on(new FamilyEvent.Revoke(RevocationReason.REPLACED, clock.instant())).state()));
        Optional<DeviceId> device = switch (command.subject()) {
            case Subject.ViaTicket via -> via.device();
            case Subject.ViaSession via -> replaced.orElseThrow().facts().device();
        };
        Set<AuthMethod> amr = EnumSet.of(AuthMethod.SMS, command.method());
        SessionTokens tokens = issuer.start(user.id(), account.get().tier(), loginPolicy.scopesFor(account),
                AssuranceLevel.AAL2, amr, device);
        auditor.record(AuditType.STEP_UP_SUCCEEDED, user.id(), Map.of("method", command.method().name()));
        return new Result.SteppedUp(new LoginResult.Authenticated(account.get().tier(), tokens));
    }

    private void rehash(User user, AuthMethod method, HashedSecret fresh) {
        Credentials old = user.facts().credentials();
        Credentials next = method == AuthMethod.PIN ? new Credentials(old.password(), fresh) : new Credentials(fresh, old.pin());
        Transition<User> step = user.on(new UserEvent.Rehash(next, clock.instant()));
        if (step instanceof Transition.Moved<User> moved) {
            users.update(moved.next());
            auditor.record(AuditType.CREDENTIALS_REHASHED, user.id(), Map.of("method", method.name()));
        }
    }
}
