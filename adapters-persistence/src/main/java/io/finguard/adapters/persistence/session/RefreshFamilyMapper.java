package io.finguard.adapters.persistence.session;

import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_FAMILIES;

import io.finguard.adapters.persistence.jooq.tables.records.RefreshFamiliesRecord;
import io.finguard.domain.model.AssuranceLevel;
import io.finguard.domain.model.AuthMethod;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.KeyThumbprint;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.UserId;
import io.finguard.domain.session.FamilyFacts;
import io.finguard.domain.session.RefreshFamily;
import io.finguard.domain.session.RevocationReason;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** RefreshFamily states to and from refresh_families rows; a revoked family drops its token chain columns. */
final class RefreshFamilyMapper {
    /** The stored status names, one per state type. */
    enum Status { ACTIVE, REVOKED }

    private RefreshFamilyMapper() {
    }

    static RefreshFamiliesRecord toRecord(RefreshFamily family) {
        FamilyFacts facts = family.facts();
        RefreshFamiliesRecord row = new RefreshFamiliesRecord()
                .with(REFRESH_FAMILIES.ID, facts.id().value())
                .with(REFRESH_FAMILIES.USER_ID, facts.userId().value())
                .with(REFRESH_FAMILIES.DEVICE_ID, facts.device().map(DeviceId::value).orElse(null))
                .with(REFRESH_FAMILIES.KEY_THUMBPRINT, facts.key().map(KeyThumbprint::value).orElse(null))
                .with(REFRESH_FAMILIES.CREATED_AT, facts.createdAt())
                .with(REFRESH_FAMILIES.ABSOLUTE_EXPIRES_AT, facts.absoluteExpiresAt())
                .with(REFRESH_FAMILIES.VERSION, family.version());
        return switch (family) {
            case RefreshFamily.Active a -> row
                    .with(REFRESH_FAMILIES.STATUS, Status.ACTIVE.name())
                    .with(REFRESH_FAMILIES.CURRENT_DIGEST, a.current().hex())
                    .with(REFRESH_FAMILIES.PREVIOUS_DIGEST, a.previous().map(TokenDigest::hex).orElse(null))
                    .with(REFRESH_FAMILIES.ROTATED_AT, a.rotatedAt().orElse(null))
                    .with(REFRESH_FAMILIES.LAST_USED_AT, a.lastUsedAt())
                    .with(REFRESH_FAMILIES.ACR, a.acr().name())
                    .with(REFRESH_FAMILIES.AMR, a.amr().stream().map(AuthMethod::name).sorted().toArray(String[]::new))
                    .with(REFRESH_FAMILIES.AUTH_TIME, a.authTime())
                    .with(REFRESH_FAMILIES.REVOKE_REASON, null)
                    .with(REFRESH_FAMILIES.REVOKED_AT, null);
            case RefreshFamily.Revoked r -> row
                    .with(REFRESH_FAMILIES.STATUS, Status.REVOKED.name())
                    .with(REFRESH_FAMILIES.CURRENT_DIGEST, null)
                    .with(REFRESH_FAMILIES.PREVIOUS_DIGEST, null)
                    .with(REFRESH_FAMILIES.ROTATED_AT, null)
                    .with(REFRESH_FAMILIES.LAST_USED_AT, null)
                    .with(REFRESH_FAMILIES.ACR, null)
                    .with(REFRESH_FAMILIES.AMR, null)
                    .with(REFRESH_FAMILIES.AUTH_TIME, null)
                    .with(REFRESH_FAMILIES.REVOKE_REASON, r.reason().name())
                    .with(REFRESH_FAMILIES.REVOKED_AT, r.revokedAt());
        };
    }

    static RefreshFamily fromRecord(RefreshFamiliesRecord row) {
        FamilyFacts facts = new FamilyFacts(FamilyId.of(row.getId()), UserId.of(row.getUserId()),
                Optional.ofNullable(row.getDeviceId()).map(DeviceId::new), row.getCreatedAt(), row.getAbsoluteExpiresAt(),
                Optional.ofNullable(row.getKeyThumbprint()).map(KeyThumbprint::new));
        long version = row.getVersion();
        return switch (Status.valueOf(row.getStatus())) {
            case ACTIVE -> new RefreshFamily.Active(facts, version,
                    new TokenDigest(row.getCurrentDigest()),
                    Optional.ofNullable(row.getPreviousDigest()).map(TokenDigest::new),
                    Optional.ofNullable(row.getRotatedAt()),
                    row.getLastUsedAt(),
                    AssuranceLevel.valueOf(row.getAcr()),
                    methods(row.getAmr()),
                    row.getAuthTime());
            case REVOKED -> new RefreshFamily.Revoked(facts, version, RevocationReason.valueOf(row.getRevokeReason()),
                    row.getRevokedAt());
        };
    }

    private static Set<AuthMethod> methods(String[] names) {
        return Arrays.stream(names).map(AuthMethod::valueOf).collect(Collectors.toUnmodifiableSet());
    }
}
