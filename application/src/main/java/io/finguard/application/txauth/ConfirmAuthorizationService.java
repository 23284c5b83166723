package io.finguard.application.txauth;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.Transition;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.in.AuthorizationView;
import io.finguard.domain.port.in.ConfirmAuthorization;
import io.finguard.domain.port.out.Authorizations;
import io.finguard.domain.port.out.PasskeyAssertions;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.SecretMatch;
import io.finguard.domain.port.out.StepUpAttempt;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.txauth.Authorization;
import io.finguard.domain.txauth.AuthorizationEvent;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Confirms a payer's PENDING authorisation with one factor. A PIN or password is reserved from the step-up lockout
 * (the same counter as a step-up, so guesses here buy no extra tries there) and hashed outside any transaction; the
 * SMS code and a passkey assertion (whose challenge is derived from the payment digest, so it signs exactly this
 * payment) are checked inside it. A wrong factor of any kind counts toward the authorisation's five.
 */
public final class ConfirmAuthorizationService implements ConfirmAuthorization {
    private final Transactions tx;
    private final Users users;
    private final Authorizations authorizations;
    private final SecretHasher hasher;
    private final RateLimiter limiter;
    private final PasskeyAssertions passkeys;
    private final TransactionCodes codes;
    private final Auditor auditor;
    private final Clock clock;

    public ConfirmAuthorizationService(Transactions tx, Users users, Authorizations authorizations, SecretHasher hasher,
                                       RateLimiter limiter, PasskeyAssertions passkeys, TransactionCodes codes, Auditor auditor,
                                       Clock clock) {
        this.tx = tx;
        this.users = users;
        this.authorizations = authorizations;
        this.hasher = hasher;
        this.limiter = limiter;
        this.passkeys = passkeys;
        this.codes = codes;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result confirm(Command command) {
        return switch (command.factor()) {
            case Factor.Secret secret -> bySecret(command, secret);
            case Factor.Passkey passkey -> tx.inTransaction(() -> inside(command, passkey));
            case Factor.SmsCode code -> tx.inTransaction(() -> inside(command, code));
        };
    }

    private Result bySecret(Command command, Factor.Secret secret) {
        Optional<Result> closed = tx.inTransaction(() -> open(command).left());
        if (closed.isPresent()) {
            return closed.get();
        }
        return switch (limiter.reserveStepUp(command.caller().subject())) {
            case StepUpAttempt.Refused refused -> new Result.Locked(refused.denial().retryAfter());
            case StepUpAttempt.Reserved attempt -> hashed(command, secret, attempt);
        };
    }

    private Result hashed(Command command, Factor.Secret secret, StepUpAttempt.Reserved attempt) {
        SecretMatch match;
        try {
            Optional<User> user = tx.inTransaction(() -> users.find(command.caller().subject()));
            if (!(user.orElse(null) instanceof User.Active active)) {
                limiter.releaseStepUp(attempt);
                return new Result.NotFound();
            }
            HashedSecret stored = secret.method() == AuthMethod.PIN ? active.facts().credentials().pin()
                    : active.facts().credentials().password();
            match = hasher.verify(secret.secret(), stored);
        } catch (RuntimeException e) {
            limiter.releaseStepUp(attempt);
            throw e;
        }
        if (match instanceof SecretMatch.Matches) {
            if (limiter.recordStepUpSuccess(attempt) instanceof RateDecision.Denied denied) {
                return new Result.Locked(denied.retryAfter());
            }
            return tx.inTransaction(() -> settle(command, secret.method(), true, Optional.empty()));
        }
        // A lock that begins now is for the next try; this wrong factor still counts against the authorisation.
        limiter.recordStepUpFailure(attempt);
        return tx.inTransaction(() -> settle(command, secret.method(), false, Optional.empty()));
    }

    /** SMS code or passkey: user locked first (lock order user, passkey, authorisation, as passkey use cases take them). */
    private Result inside(Command command, Factor factor) {
        UserId payer = command.caller().subject();
        if (!(users.lock(payer).orElse(null) instanceof User.Active active)) {
            return new Result.NotFound();
        }
        Either found = open(command);
        if (found.left().isPresent()) {
            return found.left().get();
        }
        Authorization.Pending pending = found.right().orElseThrow();
        if (factor instanceof Factor.SmsCode sms) {
            Optional<Boolean> right = codes.check(pending.facts(), active.facts().phone(), sms.code());
            return right.isEmpty() ? new Result.NoCodeSent() : settle(command, AuthMethod.SMS, right.get(), Optional.empty());
        }
        Factor.Passkey passkey = (Factor.Passkey) factor;
        return switch (passkeys.verify(payer, passkey.assertion(), pending.facts().challenge())) {
            case PasskeyAssertions.Verdict.Verified verified -> settle(command, AuthMethod.PASSKEY, true, Optional.empty());
            case PasskeyAssertions.Verdict.Refused refused -> settle(command, AuthMethod.PASSKEY, false, Optional.of(refused));
        };
    }

    /** The caller's PENDING authorisation (right), or the answer to give instead (left). */
    private record Either(Optional<Result> left, Optional<Authorization.Pending> right) {
    }

    private Either open(Command command) {
        return switch (PendingAuthorization.lock(authorizations, command.id(), command.caller().subject(), clock.instant())) {
            case PendingAuthorization.Lookup.Open open -> new Either(Optional.empty(), Optional.of(open.authorization()));
            case PendingAuthorization.Lookup.Closed closed -> new Either(Optional.of(new Result.Refused(closed.reason())), Optional.empty());
            case PendingAuthorization.Lookup.Missing missing -> new Either(Optional.of(new Result.NotFound()), Optional.empty());
        };
    }

    /** Applies a right or wrong factor to the authorisation, locked again (it may have moved while a hash ran). */
    private Result settle(Command command, AuthMethod method, boolean right, Optional<PasskeyAssertions.Verdict.Refused> passkey) {
        Either found = open(command);
        if (found.left().isPresent()) {
            return found.left().get();
        }
        UserId payer = command.caller().subject();
        String id = command.id().toString();
        AuthorizationEvent event = right ? new AuthorizationEvent.Confirm(clock.instant(), method)
                : new AuthorizationEvent.WrongFactor(clock.instant());
        Transition<Authorization> step = found.right().orElseThrow().on(event);
        authorizations.update(step.state());
        if (right) {
            auditor.record(AuditType.AUTHORIZATION_CONFIRMED, payer, Map.of("authorization", id, "method", method.name()));
            return new Result.Confirmed(AuthorizationView.of(step.state()));
        }
        int left = step.state() instanceof Authorization.Pending p ? Authorization.MAX_FAILURES - p.failures() : 0;
        auditor.record(AuditType.AUTHORIZATION_FACTOR_FAILED, payer, Map.of("authorization", id, "method", method.name(),
                "attemptsLeft", Integer.toString(left)));
        return passkey.<Result>map(r -> new Result.PasskeyRefused(r.reason(), left)).orElseGet(() -> new Result.WrongFactor(left));
    }
}
