package io.finguard.application.operator;

import io.finguard.domain.event.DomainEvent;
import io.finguard.application.Auditor;
import io.finguard.application.session.SessionRevoker;
import io.finguard.domain.model.Transition;
import io.finguard.domain.port.in.BlockUser;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RevocationReason;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserEvent;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Operator block/unblock; blocking ends every session in the same transaction. */
public final class BlockUserService implements BlockUser {
    private final Transactions tx;
    private final Users users;
    private final SessionRevoker revoker;
    private final Auditor auditor;
    private final Clock clock;

    public BlockUserService(Transactions tx, Users users, SessionRevoker revoker, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.users = users;
        this.revoker = revoker;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result change(Command command) {
        return tx.inTransaction(() -> {
            Optional<User> found = users.lock(command.user());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            UserEvent event = command.block()
                    ? new UserEvent.Block(command.reason(), clock.instant())
                    : new UserEvent.Unblock(clock.instant());
            Transition<User> step = found.get().on(event);
            if (step.changed()) {
                users.update(step.state());
            }
            return switch (step) {
                case Transition.Declined<User> unchanged -> new Result.Unchanged(step.state().status());
                case Transition.Accepted<User> accepted -> {
                    int ended = command.block() ? revoker.revokeAll(command.user(), RevocationReason.USER_BLOCKED) : 0;
                    auditor.record(command.block() ? AuditType.USER_BLOCKED : AuditType.USER_UNBLOCKED, command.user(),
                            Map.of("reason", command.reason(), "sessionsEnded", Integer.toString(ended)));
                    auditor.publish(command.block() ? new DomainEvent.UserBlocked(command.user(), clock.instant())
                            : new DomainEvent.UserUnblocked(command.user(), clock.instant()));
                    yield new Result.Changed(step.state().status(), ended);
                }
            };
        });
    }
}
