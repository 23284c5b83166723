package io.finguard.adapters.persistence.signup;

import static io.finguard.adapters.persistence.jooq.Tables.PRE_USERS;

import io.finguard.adapters.persistence.PhoneColumns;
import io.finguard.adapters.persistence.StoredPhones;
import io.finguard.adapters.persistence.jooq.tables.records.PreUsersRecord;
import io.finguard.domain.model.HashedSecret;
import io.finguard.domain.model.PinTag;
import io.finguard.domain.model.PreUserId;
import io.finguard.domain.model.UserId;
import io.finguard.domain.policy.RiskReason;
import io.finguard.domain.signup.Address;
import io.finguard.domain.signup.Credentials;
import io.finguard.domain.signup.PreUser;
import io.finguard.domain.signup.PreUserFacts;
import io.finguard.domain.signup.PreUserStatus;
import io.finguard.domain.signup.Profile;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** PreUser states to and from pre_users rows; each state fills exactly the columns it has collected. */
final class PreUserMapper {
    private static final StoredPhones.Columns PHONE = PhoneColumns.PRE_USERS_PHONE;

    private PreUserMapper() {
    }

    static PreUsersRecord toRecord(PreUser preUser, StoredPhones phones) {
        PreUserFacts facts = preUser.facts();
        PreUsersRecord row = phones.put(new PreUsersRecord(), PHONE, facts.phone())
                .with(PRE_USERS.ID, facts.id().value())
                .with(PRE_USERS.STATUS, preUser.status().name())
                .with(PRE_USERS.CREATED_AT, facts.createdAt())
                .with(PRE_USERS.EXPIRES_AT, facts.expiresAt())
                .with(PRE_USERS.OTP_FAILURES, facts.otpFailures())
                .with(PRE_USERS.VERSION, preUser.version());
        withCredentials(row, null);
        withProfile(row, null);
        row.with(PRE_USERS.PIN_TAG, null)
                .with(PRE_USERS.RISK_REASONS, null)
                .with(PRE_USERS.USER_ID, null)
                .with(PRE_USERS.CONVERTED_AT, null)
                .with(PRE_USERS.REJECTED_AT, null);
        switch (preUser) {
            case PreUser.Created c -> { }
            case PreUser.CredentialsSet c -> {
                withCredentials(row, c.credentials());
                row.with(PRE_USERS.PIN_TAG, c.pinTag().encoded());
            }
            case PreUser.ProfileCompleted p -> {
                withCredentials(row, p.credentials());
                withProfile(row, p.profile());
                row.with(PRE_USERS.PIN_TAG, p.pinTag().encoded());
            }
            case PreUser.UnderReview r -> {
                withCredentials(row, r.credentials());
                withProfile(row, r.profile());
                row.with(PRE_USERS.RISK_REASONS, names(r.reasons()));
            }
            case PreUser.Rejected r -> row.with(PRE_USERS.RISK_REASONS, names(r.reasons()))
                    .with(PRE_USERS.REJECTED_AT, r.rejectedAt());
            case PreUser.Converted c -> {
                withCredentials(row, c.credentials());
                withProfile(row, c.profile());
                row.with(PRE_USERS.USER_ID, c.userId().value()).with(PRE_USERS.CONVERTED_AT, c.convertedAt());
            }
            case PreUser.Expired e -> { }
        }
        return row;
    }

    static PreUser fromRecord(PreUsersRecord row, StoredPhones phones) {
        PreUserFacts facts = new PreUserFacts(PreUserId.of(row.getId()), phones.read(row, PHONE),
                row.getCreatedAt(), row.getExpiresAt(), row.getOtpFailures());
        long version = row.getVersion();
        return switch (PreUserStatus.valueOf(row.getStatus())) {
            case CREATED -> new PreUser.Created(facts, version);
            case CREDENTIALS_SET -> new PreUser.CredentialsSet(facts, version, credentials(row), new PinTag(row.getPinTag()));
            case PROFILE_COMPLETED -> new PreUser.ProfileCompleted(facts, version, credentials(row), new PinTag(row.getPinTag()),
                    profile(row));
            case UNDER_REVIEW -> new PreUser.UnderReview(facts, version, credentials(row), profile(row), reasons(row));
            case REJECTED -> new PreUser.Rejected(facts, version, reasons(row), row.getRejectedAt());
            case CONVERTED -> new PreUser.Converted(facts, version, credentials(row), profile(row),
                    UserId.of(row.getUserId()), row.getConvertedAt());
            case EXPIRED -> new PreUser.Expired(facts, version);
        };
    }

    private static void withCredentials(PreUsersRecord row, Credentials credentials) {
        row.with(PRE_USERS.PASSWORD_HASH, credentials == null ? null : credentials.password().encoded())
                .with(PRE_USERS.PIN_HASH, credentials == null ? null : credentials.pin().encoded());
    }

    private static void withProfile(PreUsersRecord row, Profile profile) {
        Address address = profile == null ? null : profile.address();
        row.with(PRE_USERS.FIRST_NAME, profile == null ? null : profile.firstName())
                .with(PRE_USERS.LAST_NAME, profile == null ? null : profile.lastName())
                .with(PRE_USERS.DATE_OF_BIRTH, profile == null ? null : profile.dateOfBirth().orElse(null))
                .with(PRE_USERS.ADDRESS_LINE1, address == null ? null : address.line1())
                .with(PRE_USERS.ADDRESS_LINE2, address == null ? null : address.line2())
                .with(PRE_USERS.CITY, address == null ? null : address.city())
                .with(PRE_USERS.POSTAL_CODE, address == null ? null : address.postalCode())
                .with(PRE_USERS.COUNTRY, address == null ? null : address.country());
    }

    private static Credentials credentials(PreUsersRecord row) {
        return new Credentials(new HashedSecret(row.getPasswordHash()), new HashedSecret(row.getPinHash()));
    }

    private static Profile profile(PreUsersRecord row) {
        return new Profile(row.getFirstName(), row.getLastName(), Optional.ofNullable(row.getDateOfBirth()),
                new Address(row.getAddressLine1(), row.getAddressLine2(), row.getCity(), row.getPostalCode(), row.getCountry()));
    }

    private static String[] names(List<RiskReason> reasons) {
        return reasons.stream().map(RiskReason::name).toArray(String[]::new);
    }

    private static List<RiskReason> reasons(PreUsersRecord row) {
        return Arrays.stream(row.getRiskReasons()).map(RiskReason::valueOf).toList();
    }

    /** Statuses that still hold the phone (see V1__signups_and_users.sql). */
    static List<String> liveStatuses() {
        return Arrays.stream(PreUserStatus.values())
                .filter(s -> s != PreUserStatus.CONVERTED && s != PreUserStatus.EXPIRED)
                .map(PreUserStatus::name)
                .toList();
    }
}
