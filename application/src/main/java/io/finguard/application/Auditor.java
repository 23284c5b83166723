package io.finguard.application;

import io.finguard.domain.audit.AuditEvent;
import io.finguard.domain.port.out.AuditLog;
import io.finguard.domain.audit.AuditType;
import io.finguard.domain.port.out.Ids;
import java.time.Clock;
import java.util.Map;

/** Writes audit events with an id and the current time; callers pass subjects that are ids or masked phones. */
public final class Auditor {
    private final AuditLog log;
    private final Ids ids;
    private final Clock clock;

    public Auditor(AuditLog log, Ids ids, Clock clock) {
        this.log = log;
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
}
