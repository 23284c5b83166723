package io.finguard.domain.user;

import io.finguard.domain.model.PhoneNumber;
import io.finguard.domain.model.UserId;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.signup.Profile;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's identity and secrets: phone, profile, hashed credentials, when they last changed, and when the phone number
 * last moved (a change of number or a recovery; the start of the cooling-off period), if ever.
 */
public record UserFacts(UserId id, PhoneNumber phone, Profile profile, Credentials credentials, Instant createdAt,
                        Instant credentialsChangedAt, long version, Optional<Instant> phoneChangedAt) {
    public UserFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(credentialsChangedAt, "credentialsChangedAt");
        Objects.requireNonNull(phoneChangedAt, "phoneChangedAt");
    }

    /** A user whose number never moved. */
    public UserFacts(UserId id, PhoneNumber phone, Profile profile, Credentials credentials, Instant createdAt,
                     Instant credentialsChangedAt, long version) {
        this(id, phone, profile, credentials, createdAt, credentialsChangedAt, version, Optional.empty());
    }

    /** Same identity, other hashes: a rehash (same secrets) or a change (new secrets). */
    public UserFacts withCredentials(Credentials next, Instant changedAt) {
        return new UserFacts(id, phone, profile, next, createdAt, changedAt, version, phoneChangedAt);
    }

    /** Same identity on another number, moved at {@code changedAt}. */
    public UserFacts withPhone(PhoneNumber next, Instant changedAt) {
        return new UserFacts(id, next, profile, credentials, createdAt, credentialsChangedAt, version, Optional.of(changedAt));
    }

    /** The same facts as stored under another version (stores stamp it). */
    public UserFacts withVersion(long next) {
        return new UserFacts(id, phone, profile, credentials, createdAt, credentialsChangedAt, next, phoneChangedAt);
    }
}
