package io.finguard.application.phone;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.CanonicalUuid;
import io.finguard.domain.model.RecoveryId;
import io.finguard.domain.model.Transition;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryEvent;
import io.finguard.domain.port.in.DecideRecovery;
import io.finguard.domain.port.out.Recoveries;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** An operator's verdict on a recovery's identity check (IDENTITY_PENDING only), recorded with the reason in the audit log. */
public final class DecideRecoveryService implements DecideRecovery {
    private final Transactions tx;
    private final Recoveries recoveries;
    private final Auditor auditor;
    private final Clock clock;

    public DecideRecoveryService(Transactions tx, Recoveries recoveries, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.recoveries = recoveries;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result decide(Command command) {
        Optional<RecoveryId> id = CanonicalUuid.read(command.recoveryId()).map(RecoveryId::of);
        if (id.isEmpty()) {
            return new Result.NotFound();
        }
        return tx.inTransaction(() -> {
            Optional<Recovery> found = recoveries.lock(id.get());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            Transition<Recovery> step = found.get().on(new RecoveryEvent.Decide(command.approve(), clock.instant()));
            if (step.changed()) {
                recoveries.update(step.state());
            }
            return switch (step) {
                case Transition.Declined<Recovery> refused ->
                        new Result.Refused(Refusal.of(refused.reason()), RecoveryViews.of(step.state()));
                case Transition.Accepted<Recovery> accepted -> {
                    auditor.record(AuditType.RECOVERY_DECIDED, step.state().facts().user(), Map.of(
                            "recovery", id.get().toString(), "approve", Boolean.toString(command.approve()),
                            "by", "operator", "reason", command.reason()));
                    auditor.publish(new DomainEvent.RecoveryDecided(step.state().facts().user(), clock.instant(), id.get(),
                            command.approve()));
                    yield new Result.Decided(RecoveryViews.of(step.state()));
                }
            };
        });
    }
}
