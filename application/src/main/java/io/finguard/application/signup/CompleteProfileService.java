package io.finguard.application.signup;

import io.finguard.application.Auditor;
import io.finguard.domain.model.PinTag;
import io.finguard.domain.model.Transition;
import io.finguard.domain.policy.PinPolicy;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.HashingSubject;
import io.finguard.domain.port.out.PinTags;
import io.finguard.domain.port.out.RateDecision;
import io.finguard.domain.port.out.RateLimiter;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * S3: stores the profile. The PIN was chosen before the birth date was known, so its birth-date forms are checked
 * here; a match refuses the profile and asks for new credentials.
 *
 * <p>The check runs against the PIN's tag stored in S2 (HMAC under the server's pepper), not the Argon2id hash:
 * verifying up to eight forms against the slow hash on every profile request let one signup ticket exhaust the
 * hashing pool. A tag is as safe as the slow hash while the pepper stays secret, and it is dropped when the signup
 * leaves S3 (security.md: one request hashes at most twice; this step now hashes not at all).
 */
public final class CompleteProfileService implements CompleteProfile {
    private final Transactions tx;
    private final SignupSteps steps;
    private final PinTags pinTags;
    private final RateLimiter limiter;
    private final Auditor auditor;
    private final Clock clock;

    public CompleteProfileService(Transactions tx, SignupSteps steps, PinTags pinTags, RateLimiter limiter, Auditor auditor,
                           Clock clock) {
        this.tx = tx;
        this.steps = steps;
        this.pinTags = pinTags;
        this.limiter = limiter;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result complete(Command command) {
        // Counted with the other credential steps, before the signup's row lock: a flood from one ticket must not
        // hold the database's connections either.
        RateDecision allowed = limiter.allowHashing(new HashingSubject.OfSignup(command.signup()), command.client());
        if (allowed instanceof RateDecision.Denied denied) {
            return new Result.Throttled(denied.limit(), denied.retryAfter());
        }
        return tx.inTransaction(() -> {
            Optional<PreUser> found = steps.current(command.signup());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            Optional<PinTag> pin = switch (found.get()) {
                case PreUser.CredentialsSet c -> Optional.of(c.pinTag());
                case PreUser.ProfileCompleted p -> Optional.of(p.pinTag());
                case PreUser.Created c -> Optional.empty();
                case PreUser.UnderReview r -> Optional.empty();
                case PreUser.Rejected r -> Optional.empty();
                case PreUser.Converted c -> Optional.empty();
                case PreUser.Expired e -> Optional.empty();
            };
            if (pin.isEmpty()) {
                return new Result.InvalidState(SignupViews.of(found.get()));
            }
            Optional<LocalDate> dob = command.profile().dateOfBirth();
            if (dob.isPresent() && pinTags.madeFromAny(pin.get(), PinPolicy.birthDateCandidates(dob.get()))) {
                return new Result.WeakPin(WeakSecret.PIN_FROM_BIRTH_DATE);
            }
            Transition<PreUser> step = steps.apply(found.get(),
                    new PreUserEvent.CompleteProfile(command.profile(), clock.instant()));
            return switch (step) {
                case Transition.Accepted<PreUser> accepted -> {
                    auditor.record(AuditType.SIGNUP_PROFILE_COMPLETED, command.signup());
                    yield new Result.Saved(SignupViews.of(step.state()));
                }
                case Transition.Declined<PreUser> refused -> new Result.InvalidState(SignupViews.of(step.state()));
            };
        });
    }
}
