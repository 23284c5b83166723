package io.finguard.application;

import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.Transition;
import io.finguard.domain.policy.PinPolicy;
import io.finguard.domain.policy.WeakSecret;
import io.finguard.domain.port.in.CompleteProfile;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.SecretHasher;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * S3: stores the profile. The PIN was chosen before the birth date was known, so the birth-date forms are
 * checked against the stored PIN hash here; a match refuses the profile and asks for new credentials.
 */
public final class CompleteProfileService implements CompleteProfile {
    private final Transactions tx;
    private final SignupSteps steps;
    private final SecretHasher hasher;
    private final Auditor auditor;
    private final Clock clock;

    CompleteProfileService(Transactions tx, SignupSteps steps, SecretHasher hasher, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.steps = steps;
        this.hasher = hasher;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result complete(Command command) {
        Optional<PreUser> found = tx.inTransaction(() -> steps.current(command.signup()));
        if (found.isEmpty()) {
            return new Result.NotFound();
        }
        Optional<HashedSecret> pin = switch (found.get()) {
            case PreUser.CredentialsSet c -> Optional.of(c.credentials().pin());
            case PreUser.ProfileCompleted p -> Optional.of(p.credentials().pin());
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
        if (dob.isPresent() && pinFromBirthDate(pin.get(), dob.get())) {
            return new Result.WeakPin(WeakSecret.PIN_FROM_BIRTH_DATE);
        }
        return tx.inTransaction(() -> {
            Optional<PreUser> locked = steps.current(command.signup());
            if (locked.isEmpty()) {
                return new Result.NotFound();
            }
            Transition<PreUser> step = steps.apply(locked.get(), new PreUserEvent.CompleteProfile(command.profile(), clock.instant()));
            return switch (step) {
                case Transition.Moved<PreUser> moved -> {
                    auditor.record(AuditType.SIGNUP_PROFILE_COMPLETED, command.signup());
                    yield new Result.Saved(SignupViews.of(moved.next()));
                }
                case Transition.Rejected<PreUser> rejected -> new Result.InvalidState(SignupViews.of(rejected.current()));
            };
        });
    }

    private boolean pinFromBirthDate(HashedSecret pin, LocalDate dob) {
        return PinPolicy.birthDateCandidates(dob).stream().anyMatch(candidate -> hasher.verify(candidate, pin).matches());
    }
}
