package io.finguard.adapters.persistence.user;

import static io.finguard.adapters.persistence.jooq.Tables.USERS;

import io.finguard.adapters.persistence.PhoneColumns;
import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.jooq.tables.records.UsersRecord;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.UserId;
import io.finguard.domain.model.UserStatus;
import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.signup.Profile;
import io.finguard.domain.user.User;
import io.finguard.domain.user.UserFacts;
import java.time.Instant;
import java.util.Optional;

/** User states to and from users rows; a blocked user also has a reason and an instant. */
public final class UserMapper {
    static final StoredPhones.Columns PHONE = PhoneColumns.USERS_PHONE;

    private UserMapper() {
    }

    static UsersRecord toRecord(User user, StoredPhones phones) {
        UserFacts facts = user.facts();
        Profile profile = facts.profile();
        Address address = profile.address();
        String blockedReason = null;
        Instant blockedAt = null;
        Instant releasedAt = null;
        switch (user) {
            case User.Active a -> { }
            case User.Blocked b -> {
                blockedReason = b.reason();
                blockedAt = b.blockedAt();
            }
            case User.PhoneReleased r -> releasedAt = r.releasedAt();
        }
        return phones.put(new UsersRecord(), PHONE, facts.phone())
                .with(USERS.ID, facts.id().value())
                .with(USERS.STATUS, user.status().name())
                .with(USERS.FIRST_NAME, profile.firstName())
                .with(USERS.LAST_NAME, profile.lastName())
                .with(USERS.DATE_OF_BIRTH, profile.dateOfBirth().orElse(null))
                .with(USERS.ADDRESS_LINE1, address.line1())
                .with(USERS.ADDRESS_LINE2, address.line2())
                .with(USERS.CITY, address.city())
                .with(USERS.POSTAL_CODE, address.postalCode())
                .with(USERS.COUNTRY, address.country())
                .with(USERS.PASSWORD_HASH, facts.credentials().password().encoded())
                .with(USERS.PIN_HASH, facts.credentials().pin().encoded())
                .with(USERS.CREATED_AT, facts.createdAt())
                .with(USERS.CREDENTIALS_CHANGED_AT, facts.credentialsChangedAt())
                .with(USERS.BLOCKED_REASON, blockedReason)
                .with(USERS.BLOCKED_AT, blockedAt)
                .with(USERS.PHONE_RELEASED_AT, releasedAt)
                .with(USERS.PHONE_CHANGED_AT, facts.phoneChangedAt().orElse(null))
                .with(USERS.VERSION, facts.version());
    }

    public static User fromRecord(UsersRecord row, StoredPhones phones) {
        Profile profile = new Profile(row.getFirstName(), row.getLastName(), Optional.ofNullable(row.getDateOfBirth()),
                new Address(row.getAddressLine1(), row.getAddressLine2(), row.getCity(), row.getPostalCode(), row.getCountry()));
        Credentials credentials = new Credentials(new HashedSecret(row.getPasswordHash()), new HashedSecret(row.getPinHash()));
        UserFacts facts = new UserFacts(UserId.of(row.getId()), phones.read(row, PHONE), profile, credentials,
                row.getCreatedAt(), row.getCredentialsChangedAt(), row.getVersion(), Optional.ofNullable(row.getPhoneChangedAt()));
        return switch (UserStatus.valueOf(row.getStatus())) {
            case ACTIVE -> new User.Active(facts);
            case BLOCKED -> new User.Blocked(facts, row.getBlockedReason(), row.getBlockedAt());
            case PHONE_RELEASED -> new User.PhoneReleased(facts, row.getPhoneReleasedAt());
        };
    }
}
