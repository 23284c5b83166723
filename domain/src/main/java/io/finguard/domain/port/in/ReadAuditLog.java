package io.finguard.domain.port.in;

import io.finguard.domain.audit.AuditEvent;
import java.util.List;
import java.util.Optional;

/** Operator: the newest audit events, optionally of one subject. */
public interface ReadAuditLog {

    List<AuditEvent> read(Optional<String> subject, int limit);
}
