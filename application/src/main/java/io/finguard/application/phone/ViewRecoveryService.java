package io.finguard.application.phone;

import io.finguard.domain.model.PreUserId;
import io.finguard.domain.port.in.ViewRecovery;
import io.finguard.domain.port.out.PreUsers;
import io.finguard.domain.port.out.Recoveries;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;

/** The newest recovery towards the ticket's number, told the time first (an open one that lapsed is saved EXPIRED). */
public final class ViewRecoveryService implements ViewRecovery {
    private final Transactions tx;
    private final PreUsers preUsers;
    private final Recoveries recoveries;
    private final RecoveryTicks ticks;

    public ViewRecoveryService(Transactions tx, PreUsers preUsers, Recoveries recoveries, Clock clock) {
        this.tx = tx;
        this.preUsers = preUsers;
        this.recoveries = recoveries;
        this.ticks = new RecoveryTicks(recoveries, clock);
    }

    @Override
    public Result view(PreUserId signup) {
        return tx.inTransaction(() -> preUsers.lock(signup)
                .flatMap(p -> ticks.current(recoveries.lockNewestFor(p.facts().phone())))
                .<Result>map(r -> new Result.Found(RecoveryViews.of(r)))
                .orElseGet(Result.NotFound::new));
    }
}
