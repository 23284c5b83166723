package io.finguard.application.account;

import io.finguard.application.Auditor;
import io.finguard.application.session.SessionRevoker;
import io.finguard.domain.account.Account;
import io.finguard.domain.account.AccountEvent;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.model.Transition;
import io.finguard.domain.port.in.ChangeAccountStatus;
import io.finguard.domain.port.out.Accounts;
import io.finguard.domain.port.out.Transactions;
import io.finguard.domain.port.out.Users;
import io.finguard.domain.session.RevocationReason;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Operator freeze, unfreeze and close; the account's machine decides what is allowed, and closing ends every session
 * in the same transaction. The user is locked first, as transfers and blocking do, so none of them can deadlock.
 */
public final class ChangeAccountStatusService implements ChangeAccountStatus {
    private final Transactions tx;
    private final Users users;
    private final Accounts accounts;
    private final SessionRevoker revoker;
    private final Auditor auditor;
    private final Clock clock;

    public ChangeAccountStatusService(Transactions tx, Users users, Accounts accounts, SessionRevoker revoker, Auditor auditor,
                               Clock clock) {
        this.tx = tx;
        this.users = users;
        this.accounts = accounts;
        this.revoker = revoker;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public Result change(Command command) {
        return tx.inTransaction(() -> {
            if (users.lock(command.user()).isEmpty()) {
                return new Result.NotFound();
            }
            Optional<Account> found = accounts.lockByOwner(command.user());
            if (found.isEmpty()) {
                return new Result.NotFound();
            }
            return switch (found.get().on(event(command.change(), clock.instant()))) {
                case Transition.Declined<Account> refused -> new Result.Refused(refused.state().core().status(), refused.reason());
                case Transition.Stayed<Account> stayed ->
                        throw new IllegalStateException("a status change either moves the account or is refused");
                case Transition.Moved<Account> moved -> {
                    accounts.update(moved.next());
                    int ended = command.change() == Change.CLOSE
                            ? revoker.revokeAll(command.user(), RevocationReason.ACCOUNT_CLOSED) : 0;
                    auditor.record(auditType(command.change()), command.user(), Map.of("reason", command.reason(),
                            "account", moved.next().core().id().toString(), "sessionsEnded", Integer.toString(ended)));
                    yield new Result.Changed(moved.next().core().status(), ended);
                }
            };
        });
    }

    private static AccountEvent event(Change change, Instant now) {
        return switch (change) {
            case FREEZE -> new AccountEvent.Freeze(now);
            case UNFREEZE -> new AccountEvent.Unfreeze(now);
            case CLOSE -> new AccountEvent.Close(now);
        };
    }

    private static AuditType auditType(Change change) {
        return switch (change) {
            case FREEZE -> AuditType.ACCOUNT_FROZEN;
            case UNFREEZE -> AuditType.ACCOUNT_UNFROZEN;
            case CLOSE -> AuditType.ACCOUNT_CLOSED;
        };
    }
}
