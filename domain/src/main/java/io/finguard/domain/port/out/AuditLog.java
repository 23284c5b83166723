package io.finguard.domain.port.out;

import io.finguard.domain.audit.AuditEvent;
import java.util.List;

/** Append-only record of security-relevant events. */
public interface AuditLog {

    /** Appends inside the caller's transaction. */
    void record(AuditEvent event);

    /** The newest events first, optionally only those of one subject. */
    List<AuditEvent> recent(String subjectOrNull, int limit);
}
