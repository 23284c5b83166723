package io.finguard.application;

import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.event.DomainEvent;
import io.finguard.domain.event.EventEnvelope;
import io.finguard.domain.port.out.EventOutbox;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Ids;
import java.time.Clock;
import java.util.Map;

/**
 * Records what happened inside the caller's transaction: audit events (with an id and the current time; subjects are
 * ids or masked phones) for operators, and domain events for subscribers (written to the event outbox, ADR 0017).
 */
public final class Auditor {
    private final AuditLog log;
    private final EventOutbox events;
    private final Ids ids;
    private final Clock clock;

    public Auditor(AuditLog log, EventOutbox events, Ids ids, Clock clock) {
        this.log = log;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** Appends inside the caller's transaction. */
    public void record(AuditType type, Object subject, Map<String, String> details) {
        log.record(new AuditEvent(ids.next(), clock.instant(), type, String.valueOf(subject), details));
    }

    public void record(AuditType type, Object subject) {
        record(type, subject, Map.of());
    }

    /** Queues a domain event for every subscriber inside the caller's transaction, under a fresh id. */
    public void publish(DomainEvent event) {
        events.publish(EventEnvelope.of(ids.next(), event));
    }
}
