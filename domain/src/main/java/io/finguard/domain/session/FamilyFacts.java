package io.finguard.domain.session;

import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.UserId;
import java.time.Instant;
import java.util.Objects;

/** What a refresh-token family fixes at login: whose it is, when it began, when it ends at the latest. */
public record FamilyFacts(FamilyId id, UserId userId, Instant createdAt, Instant absoluteExpiresAt) {
    public FamilyFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(absoluteExpiresAt, "absoluteExpiresAt");
        if (!absoluteExpiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("absoluteExpiresAt must be after createdAt");
        }
    }
}
