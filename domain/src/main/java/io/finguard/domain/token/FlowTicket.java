package io.finguard.domain.token;

import io.finguard.domain.model.DeviceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A short-lived ticket that continues a flow: its kind, subject (a PreUser or user id), device (if named) and lifetime. */
public record FlowTicket(TicketKind kind, String subject, Optional<DeviceId> device, Instant issuedAt, Instant expiresAt,
                         String ticketId) {
    public FlowTicket {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(ticketId, "ticketId");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("expiresAt must be after issuedAt");
        }
    }
}
