package io.finguard.domain.port.in;

import io.finguard.domain.model.PasskeyId;
import io.finguard.domain.passkey.Passkey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A registered passkey as its owner sees it: never the key or the counter. */
public record PasskeyView(PasskeyId id, String name, List<String> transports, Instant createdAt, Optional<Instant> lastUsedAt) {
    public PasskeyView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        transports = List.copyOf(Objects.requireNonNull(transports, "transports"));
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }

    public static PasskeyView of(Passkey passkey) {
        return new PasskeyView(passkey.id(), passkey.name(), passkey.transports(), passkey.createdAt(), passkey.lastUsedAt());
    }
}
