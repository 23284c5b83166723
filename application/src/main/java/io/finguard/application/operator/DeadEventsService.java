package io.finguard.application.operator;

import io.finguard.application.Auditor;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.in.ListDeadEvents;
import io.finguard.domain.port.in.RedeliverEvent;
import io.finguard.domain.port.out.EventOutbox;
import io.finguard.domain.event.QueuedEvent;
import io.finguard.domain.port.out.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Operator view of dead event deliveries (at most 500 per read) and their redelivery, which the audit log keeps. */
public final class DeadEventsService implements ListDeadEvents, RedeliverEvent {
    static final int MAX_LIMIT = 500;

    private final Transactions tx;
    private final EventOutbox events;
    private final Auditor auditor;
    private final Clock clock;

    public DeadEventsService(Transactions tx, EventOutbox events, Auditor auditor, Clock clock) {
        this.tx = tx;
        this.events = events;
        this.auditor = auditor;
        this.clock = clock;
    }

    @Override
    public List<QueuedEvent> list(int limit) {
        return events.dead(Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    @Override
    public RedeliverEvent.Result redeliver(UUID eventId) {
        return tx.inTransaction(() -> {
            int due = events.redeliver(eventId, clock.instant());
            if (due == 0) {
                return new RedeliverEvent.Result.NotDead();
            }
            auditor.record(AuditType.EVENT_REDELIVERED, eventId, Map.of("deliveries", Integer.toString(due)));
            return new RedeliverEvent.Result.Redelivered(due);
        });
    }
}
