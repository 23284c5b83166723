package io.finguard.application.signup;

import io.finguard.application.Auditor;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.PinTag;
import io.finguard.domain.policy.PasswordPolicy;
import io.finguard.domain.policy.PinPolicy;
import io.finguard.domain.policy.SecretVerdict;
import io.finguard.domain.port.in.SetCredentials;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.HashingSubject;
import io.finguard.domain.port.out.PinTags;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserEvent;
import io.finguard.domain.model.Transition;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * S2: both secrets pass their policies and are hashed outside any transaction (hashing is slow; the two hashes run
 * under one admission to the hasher, so a request waits for a hashing slot once and never has its first hash spent
 * and its second refused; each request counts against the signup's and the client network's hashing limits), then
 * stored under lock with the PIN's tag for the birth-date check of S3. Repeating the step before the profile replaces
 * the secrets (a natural retry).
 */
public final class SetCredentialsService implements SetCredentials {
    private final Transactions tx;
    private final SignupSteps steps;
    private final SecretHasher hasher;
    private final PinTags pinTags;
    private final RateLimiter limiter;
    private final PasswordPolicy passwords;
    private final PinPolicy pins;
    private final Auditor auditor;
    private final Clock clock;

    public SetCredentialsService(Transactions tx, SignupSteps steps, SecretHasher hasher, PinTags pinTags, RateLimiter limiter,
                          PasswordPolicy passwords, PinPolicy pins, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.steps = steps;
        this.hasher = hasher;
        this.pinTags = pinTags;
        this.limiter = limiter;
        this.passwords = passwords;
        this.pins = pins;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result set(Command command) {
        // Counted before any work, so a flood from one ticket costs neither hashes nor database connections.
        RateDecision allowed = limiter.allowHashing(new HashingSubject.OfSignup(command.signup()), command.client());
        if (allowed instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        Optional<PreUser> found = tx.inTransaction(() -> steps.current(command.signup()));
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        PreUser signup = found.get();
        if (!(signup instanceof PreUser.Created || signup instanceof PreUser.CredentialsSet)) {
            return new Result.InvalidState(SignupViews.of(signup));
        }
        SecretVerdict password = passwords.check(command.password(), signup.facts().phone());
        if (password instanceof SecretVerdict.Weak weak) {
            return new Result.Weak(weak.reason());
        }
        SecretVerdict pin = pins.check(command.pin(), signup.facts().phone(), Optional.empty());
        if (pin instanceof SecretVerdict.Weak weak) {
            return new Result.Weak(weak.reason());
        }
        List<HashedSecret> hashed = hasher.hashAll(List.of(command.password(), command.pin()));
        Credentials credentials = new Credentials(hashed.get(0), hashed.get(1));
        PinTag pinTag = pinTags.tag(command.pin());
        return tx.inTransaction(() -> {
            Optional<PreUser> locked = steps.current(command.signup());
            if (locked.isEmpty()) {
                return new Result.NotFound();
            }
            Transition<PreUser> step = steps.apply(locked.get(),
                    new PreUserEvent.SetCredentials(credentials, pinTag, clock.instant()));
            return switch (step) {
                case Transition.Accepted<PreUser> accepted -> {
                    auditor.record(AuditType.SIGNUP_CREDENTIALS_SET, command.signup());
                    yield new Result.Saved(SignupViews.of(step.state()));
                }
                case Transition.Declined<PreUser> refused -> new Result.InvalidState(SignupViews.of(step.state()));
            };
        });
    }
}
