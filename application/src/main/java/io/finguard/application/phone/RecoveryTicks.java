package io.finguard.application.phone;

import io.finguard.domain.model.Transition;
import io.finguard.domain.phone.Recovery;
import io.finguard.domain.phone.RecoveryEvent;
import io.finguard.domain.port.out.Recoveries;
import java.time.Clock;
import java.util.Optional;

/** Lazy expiry: a recovery read for any purpose is first told the time, and saved when it lapsed. */
final class RecoveryTicks {
    private final Recoveries recoveries;
    private final Clock clock;

    RecoveryTicks(Recoveries recoveries, Clock clock) {
        this.recoveries = recoveries;
        this.clock = clock;
    }

    Optional<Recovery> current(Optional<Recovery> found) {
        return found.map(this::tick);
    }

    Recovery tick(Recovery recovery) {
        Transition<Recovery> step = recovery.on(new RecoveryEvent.Tick(clock.instant()));
        if (step.changed()) {
            recoveries.update(step.state());
            return recoveries.lock(recovery.facts().id()).orElseThrow();
        }
        return recovery;
    }
}
