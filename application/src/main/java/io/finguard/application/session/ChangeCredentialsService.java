package io.finguard.application.session;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.Transition;
import io.finguard.domain.policy.PasswordPolicy;
import io.finguard.domain.policy.PinPolicy;
import io.finguard.domain.policy.SecretVerdict;
import io.finguard.domain.policy.StepUpFreshness;
import io.finguard.domain.port.in.ChangeCredentials;
import io.finguard.domain.token.AccessClaims;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.HashingSubject;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.session.SessionDenial;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserEvent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * New password and/or PIN after a fresh step-up, only while the caller's user is ACTIVE and session live
 * ({@link LiveSession}, checked again in the writing transaction). The new secrets pass the same policies as at signup,
 * are hashed outside any transaction (at most two hashes; each request counts against the user's and the client
 * network's hashing limits), then stored together with the end of every session of the user, so refresh stops at once
 * and access tokens die within their short lifetime.
 */
public final class ChangeCredentialsService implements ChangeCredentials {
    private final Transactions tx;
    private final LiveSession liveSession;
    private final Users users;
    private final SecretHasher hasher;
    private final RateLimiter limiter;
    private final PasswordPolicy passwords;
    private final PinPolicy pins;
    private final StepUpFreshness freshness;
    private final SessionRevoker revoker;
    private final Auditor auditor;
    private final Clock clock;

    public ChangeCredentialsService(Transactions tx, LiveSession liveSession, Users users, SecretHasher hasher, RateLimiter limiter,
                             PasswordPolicy passwords,
                             PinPolicy pins, StepUpFreshness freshness, SessionRevoker revoker, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.liveSession = liveSession;
        this.users = users;
        this.hasher = hasher;
        this.limiter = limiter;
        this.passwords = passwords;
        this.pins = pins;
        this.freshness = freshness;
        this.revoker = revoker;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result change(Command command) {
        AccessClaims caller = command.caller();
        if (command.newPassword().isEmpty() && command.newPin().isEmpty()) {
            return new Result.NothingToChange();
        }
        if (!freshness.isFresh(caller.acr(), caller.authTime(), clock.instant())) {
            return new Result.StepUpRequired();
        }
        RateDecision allowed = limiter.allowHashing(new HashingSubject.OfUser(caller.subject()), command.client());
        if (allowed instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        Optional<User> found = tx.inTransaction(() -> users.find(caller.subject()));
        if (found.isEmpty() || !(found.get() instanceof User.Active)) {
            return new Result.SessionNotLive(found.isEmpty() ? SessionDenial.SESSION_REVOKED : SessionDenial.USER_BLOCKED);
        }
        PhoneNumber phone = found.get().facts().phone();
        Optional<SecretVerdict.Weak> weak = command.newPassword().map(p -> passwords.check(p, phone))
                .filter(SecretVerdict.Weak.class::isInstance).map(SecretVerdict.Weak.class::cast)
                .or(() -> command.newPin().map(p -> pins.check(p, phone, found.get().facts().profile().dateOfBirth()))
                        .filter(SecretVerdict.Weak.class::isInstance).map(SecretVerdict.Weak.class::cast));
        if (weak.isPresent()) {
            return new Result.Weak(weak.get().reason());
        }
        // One admission to the hasher for both: the new password (if any) first, the new PIN (if any) last.
        List<HashedSecret> hashed = hasher.hashAll(Stream.concat(command.newPassword().stream(), command.newPin().stream()).toList());
        Optional<HashedSecret> password = command.newPassword().map(p -> hashed.getFirst());
        Optional<HashedSecret> pin = command.newPin().map(p -> hashed.getLast());
        return tx.inTransaction(() -> {
            LiveSession.Verdict verdict = liveSession.check(caller.subject(), caller.session());
            if (!(verdict instanceof LiveSession.Verdict.Live live)) {
                return new Result.SessionNotLive(((LiveSession.Verdict.Denied) verdict).reason());
            }
            Credentials old = live.user().facts().credentials();
            Credentials next = new Credentials(password.orElse(old.password()), pin.orElse(old.pin()));
            Transition<User> step = live.user().on(new UserEvent.ChangeCredentials(next, clock.instant()));
            if (step.changed()) {
                users.update(step.state());
            }
            return switch (step) {
                case Transition.Declined<User> refused -> new Result.SessionNotLive(SessionDenial.USER_BLOCKED);
                case Transition.Accepted<User> accepted -> {
                    int ended = revoker.revokeAll(caller.subject(), RevocationReason.CREDENTIALS_CHANGED);
                    auditor.record(AuditType.CREDENTIALS_CHANGED, caller.subject(), Map.of(
                            "password", Boolean.toString(password.isPresent()), "pin", Boolean.toString(pin.isPresent()),
                            "sessionsEnded", Integer.toString(ended)));
                    auditor.publish(new DomainEvent.CredentialsChanged(caller.subject(), clock.instant(), password.isPresent(),
                            pin.isPresent()));
                    yield new Result.Changed(ended);
                }
            };
        });
    }
}
