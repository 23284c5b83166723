package io.finguard.domain.token;

import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.SessionName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A short-lived ticket that continues a flow: its kind, subject (a PreUser or user id), device (if named), lifetime,
 * and the session name the client gave at login (if any), for the session the flow ends in.
 */
public record FlowTicket(TicketKind kind, String subject, Optional<DeviceId> device, Instant issuedAt, Instant expiresAt,
                         String ticketId, Optional<SessionName> sessionName) {
    public FlowTicket {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(sessionName, "sessionName");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
    }

    /** A ticket that carries no session name. */
    public FlowTicket(TicketKind kind, String subject, Optional<DeviceId> device, Instant issuedAt, Instant expiresAt,
                      String ticketId) {
        this(kind, subject, device, issuedAt, expiresAt, ticketId, Optional.empty());
    }
}
