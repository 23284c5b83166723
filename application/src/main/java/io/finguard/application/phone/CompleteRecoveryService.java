package io.finguard.application.phone;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.Transition;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryEvent;
import io.finguard.domain.port.in.CompleteRecovery;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.Recoveries;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserEvent;
import io.finguard.domain.user.User;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Lost phone, last step, in one transaction: the requester's ticket must name an unfinished signup of the new number
 * (so they still hold it), the newest recovery towards that number must be APPROVED and not lapsed, and its user still
 * active on the old number. Then the signup ends (its claim on the number goes) and the account moves with the
 * change-of-number effects ({@link PhoneMove}): every session ends, the old number is notified, cooling-off begins.
 */
public final class CompleteRecoveryService implements CompleteRecovery {
    private final Transactions tx;
    private final OpenSignups signups;
    private final PreUsers preUsers;
    private final Users users;
    private final Recoveries recoveries;
    private final RecoveryTicks ticks;
    private final PhoneMove move;
    private final Auditor auditor;
    private final Clock clock;

    public CompleteRecoveryService(Transactions tx, PreUsers preUsers, Users users, Recoveries recoveries, PhoneMove move,
                                   Auditor auditor, Clock clock) {
        this.tx = tx;
        this.signups = new OpenSignups(preUsers, clock);
        this.preUsers = preUsers;
        this.users = users;
        this.recoveries = recoveries;
        this.ticks = new RecoveryTicks(recoveries, clock);
        this.move = move;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result complete(PreUserId signupId) {
        return tx.inTransaction(() -> {
            Optional<PreUser> any = preUsers.lock(signupId);
            Optional<Recovery> found = any.flatMap(p -> ticks.current(recoveries.lockNewestFor(p.facts().phone())));
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            Recovery recovery = found.get();
            Optional<PreUser> signup = signups.lockOpen(signupId);
            if (signup.isEmpty()) {
                return new Result.Refused(Refusal.INVALID_STATE, RecoveryViews.of(recovery));
            }
            Transition<Recovery> step = recovery.on(new RecoveryEvent.Complete(clock.instant()));
            if (step instanceof Transition.Declined<Recovery> refused) {
                if (step.changed()) {
                    recoveries.update(step.state());
                }
                return new Result.Refused(Refusal.of(refused.reason()), RecoveryViews.of(step.state()));
            }
            Optional<User> user = users.lock(recovery.facts().user())
                    .filter(u -> u.facts().phone().equals(recovery.facts().oldPhone()));
            if (!(user.orElse(null) instanceof User.Active active)) {
                return new Result.Refused(Refusal.PHONE_NOT_ACCEPTED, RecoveryViews.of(recovery));
            }
            preUsers.update(signup.get().on(new PreUserEvent.Withdraw(clock.instant())).state());
            recoveries.update(step.state());
            PhoneMove.Moved moved = move.move(active, recovery.facts().newPhone(), Optional.empty(), PhoneMove.Via.RECOVERY);
            auditor.record(AuditType.RECOVERY_COMPLETED, active.id(), Map.of("recovery", recovery.facts().id().toString(),
                    "from", moved.from().masked(), "to", moved.to().masked()));
            return new Result.Completed(RecoveryViews.of(step.state()));
        });
    }
}
