package io.finguard.domain.user;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.signup.Profile;
import java.time.Instant;
import java.util.Objects;

/** A user's identity and secrets: phone, profile, hashed credentials, and when they last changed. */
public record UserFacts(UserId id, PhoneNumber phone, Profile profile, Credentials credentials, Instant createdAt,
                        Instant credentialsChangedAt, long version) {
    public UserFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(credentialsChangedAt, "credentialsChangedAt");
    }

    /** Same identity, other hashes: a rehash (same secrets) or a change (new secrets). */
    public UserFacts withCredentials(Credentials next, Instant changedAt) {
        return new UserFacts(id, phone, profile, next, createdAt, changedAt, version);
    }
}
