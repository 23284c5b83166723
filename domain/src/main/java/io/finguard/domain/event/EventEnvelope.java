package io.finguard.domain.event;

import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A {@link DomainEvent} as it waits in the outbox and travels: its id (the same on every retry, so subscribers can
 * drop duplicates), type, user, time and flat payload.
 */
public record EventEnvelope(UUID id, String type, UserId user, Instant at, Map<String, String> data) {
    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        data = Map.copyOf(data);
    }

    /** The event under the given id. */
    public static EventEnvelope of(UUID id, DomainEvent event) {
        return new EventEnvelope(id, event.type(), event.user(), event.at(), event.data());
    }
}
