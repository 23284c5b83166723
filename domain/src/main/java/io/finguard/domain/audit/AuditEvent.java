package io.finguard.domain.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One audit record. {@code subject} is a user or PreUser id, a masked phone (never a raw number), or for an
 * operator request the caller's network address; details hold no secret, code or token.
 */
public record AuditEvent(UUID id, Instant at, AuditType type, String subject, Map<String, String> details) {
    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        details = Map.copyOf(details);
    }
}
