package io.finguard.domain.token;

import java.time.Instant;
import java.util.Objects;

/** A short-lived ticket that continues a flow: its kind, subject (a PreUser or user id), device and lifetime. */
public record FlowTicket(TicketKind kind, String subject, String device, Instant issuedAt, Instant expiresAt, String ticketId) {
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
