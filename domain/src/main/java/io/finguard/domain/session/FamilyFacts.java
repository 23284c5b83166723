package io.finguard.domain.session;

import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a refresh-token family fixes at login: whose it is, on which device (if the client named one), when it
 * began, when it ends at the latest, and the DPoP key its tokens are bound to (none for a Bearer session).
 */
public record FamilyFacts(FamilyId id, UserId userId, Optional<DeviceId> device, Instant createdAt, Instant absoluteExpiresAt,
                          Optional<KeyThumbprint> key) {

    /** An unbound (Bearer) family. */
    public FamilyFacts(FamilyId id, UserId userId, Optional<DeviceId> device, Instant createdAt, Instant absoluteExpiresAt) {
        this(id, userId, device, createdAt, absoluteExpiresAt, Optional.empty());
    }

    public FamilyFacts {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(absoluteExpiresAt, "absoluteExpiresAt");
        if (!absoluteExpiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("absoluteExpiresAt must be after createdAt");
        }
    }
}
