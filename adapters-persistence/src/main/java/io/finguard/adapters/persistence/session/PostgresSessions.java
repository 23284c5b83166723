package io.finguard.adapters.persistence.session;

import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_FAMILIES;
import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_TOKENS;
import static io.finguard.adapters.persistence.jooq.Tables.USER_DEVICES;

import io.finguard.adapters.persistence.jooq.tables.records.RefreshFamiliesRecord;
import io.finguard.adapters.persistence.jooq.tables.records.RefreshTokensRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.OptimisticUpdate;
import io.finguard.adapters.persistence.tx.RenderedQuery;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.session.FamilyFacts;
import io.finguard.domain.session.RefreshFamily;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;
import org.jooq.impl.DSL;

/**
 * Refresh-token families in refresh_families, every digest they ever issued in refresh_tokens (a digest belongs
 * to one family for good), and the devices each user had sessions on in user_devices.
 */
public final class PostgresSessions implements Sessions {
    private static final String ACTIVE = RefreshFamilyMapper.Status.ACTIVE.name();
    // Every refresh begins here: rendered once (RenderedQuery).
    private static final RenderedQuery LOCK_BY_TOKEN = RenderedQuery.of(dsl -> dsl.select(REFRESH_FAMILIES.fields())
            .from(REFRESH_FAMILIES)
            .join(REFRESH_TOKENS).on(REFRESH_TOKENS.FAMILY_ID.eq(REFRESH_FAMILIES.ID))
            .where(REFRESH_TOKENS.DIGEST.eq(DSL.param("digest", REFRESH_TOKENS.DIGEST.getDataType())))
            .forUpdate().of(REFRESH_FAMILIES));
    private final JooqTransactions transactions;

    public PostgresSessions(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(RefreshFamily.Active family) {
        DSLContext dsl = transactions.dsl();
        dsl.executeInsert(RefreshFamilyMapper.toRecord(family));
        remember(dsl, family);
        family.facts().device().ifPresent(device -> dsl
                .insertInto(USER_DEVICES, USER_DEVICES.USER_ID, USER_DEVICES.DEVICE_ID, USER_DEVICES.FIRST_SEEN_AT)
                .values(family.facts().userId().value(), device.value(), family.facts().createdAt())
                .onConflictDoNothing()
                .execute());
    }

    @Override
    public Optional<RefreshFamily> lockByToken(TokenDigest digest) {
        return LOCK_BY_TOKEN.fetchOptional(transactions.dsl(), Map.of("digest", digest.hex()))
                .map(r -> RefreshFamilyMapper.fromRecord(r.into(REFRESH_FAMILIES)));
    }

    @Override
    public Optional<RefreshFamily> lock(FamilyId id) {
        return transactions.dsl().selectFrom(REFRESH_FAMILIES)
                .where(REFRESH_FAMILIES.ID.eq(id.value()))
                .forUpdate()
                .fetchOptional()
                .map(RefreshFamilyMapper::fromRecord);
    }

    @Override
    public List<RefreshFamily.Active> activeOf(UserId user) {
        return transactions.dsl().selectFrom(REFRESH_FAMILIES)
                .where(REFRESH_FAMILIES.USER_ID.eq(user.value()))
                .and(REFRESH_FAMILIES.STATUS.eq(ACTIVE))
                .orderBy(REFRESH_FAMILIES.CREATED_AT, REFRESH_FAMILIES.ID)
                .fetch(r -> (RefreshFamily.Active) RefreshFamilyMapper.fromRecord(r));
    }

    @Override
    public List<RefreshFamily.Active> lockActiveOf(UserId user) {
        // A fixed order, so two transactions locking the same user's families cannot deadlock.
        return transactions.dsl().selectFrom(REFRESH_FAMILIES)
                .where(REFRESH_FAMILIES.USER_ID.eq(user.value()))
                .and(REFRESH_FAMILIES.STATUS.eq(ACTIVE))
                .orderBy(REFRESH_FAMILIES.CREATED_AT, REFRESH_FAMILIES.ID)
                .forUpdate()
                .fetch(r -> (RefreshFamily.Active) RefreshFamilyMapper.fromRecord(r));
    }

    @Override
    public void update(RefreshFamily family) {
        DSLContext dsl = transactions.dsl();
        FamilyFacts facts = family.facts();
        RefreshFamiliesRecord row = RefreshFamilyMapper.toRecord(family);
        // The facts are fixed at login: they are part of the match, not of what is written.
        row.changed(REFRESH_FAMILIES.USER_ID, false);
        row.changed(REFRESH_FAMILIES.DEVICE_ID, false);
        row.changed(REFRESH_FAMILIES.KEY_THUMBPRINT, false);
        row.changed(REFRESH_FAMILIES.CREATED_AT, false);
        row.changed(REFRESH_FAMILIES.ABSOLUTE_EXPIRES_AT, false);
        row.changed(REFRESH_FAMILIES.SESSION_NAME, false);
        row.changed(REFRESH_FAMILIES.NETWORK, false);
        OptimisticUpdate.apply(dsl, REFRESH_FAMILIES, row, REFRESH_FAMILIES.ID, REFRESH_FAMILIES.VERSION,
                family.version(), "RefreshFamily",
                REFRESH_FAMILIES.USER_ID.eq(facts.userId().value())
                        .and(REFRESH_FAMILIES.DEVICE_ID.isNotDistinctFrom(facts.device().map(DeviceId::value).orElse(null)))
                        .and(REFRESH_FAMILIES.CREATED_AT.eq(facts.createdAt()))
                        .and(REFRESH_FAMILIES.ABSOLUTE_EXPIRES_AT.eq(facts.absoluteExpiresAt()))
                        .and(REFRESH_FAMILIES.SESSION_NAME.isNotDistinctFrom(row.get(REFRESH_FAMILIES.SESSION_NAME)))
                        .and(REFRESH_FAMILIES.NETWORK.isNotDistinctFrom(row.get(REFRESH_FAMILIES.NETWORK))));
        if (family instanceof RefreshFamily.Active active) {
            remember(dsl, active);
        }
    }

    @Override
    public boolean knownDevice(UserId user, DeviceId device) {
        return transactions.dsl().fetchExists(USER_DEVICES,
                USER_DEVICES.USER_ID.eq(user.value()).and(USER_DEVICES.DEVICE_ID.eq(device.value())));
    }

    /**
     * Records the family's current and previous digests. A digest already known for this family is a no-op;
     * one known for another family is refused: every presented token must lead back to exactly one family.
     */
    private static void remember(DSLContext dsl, RefreshFamily.Active family) {
        Set<String> digests = new LinkedHashSet<>();
        digests.add(family.current().hex());
        family.previous().ifPresent(p -> digests.add(p.hex()));
        InsertValuesStep2<RefreshTokensRecord, String, UUID> insert =
                dsl.insertInto(REFRESH_TOKENS, REFRESH_TOKENS.DIGEST, REFRESH_TOKENS.FAMILY_ID);
        for (String digest : digests) {
            insert = insert.values(digest, family.id().value());
        }
        int ours = insert.onConflict(REFRESH_TOKENS.DIGEST)
                .doUpdate()
                .set(REFRESH_TOKENS.FAMILY_ID, DSL.excluded(REFRESH_TOKENS.FAMILY_ID))
                .where(REFRESH_TOKENS.FAMILY_ID.eq(DSL.excluded(REFRESH_TOKENS.FAMILY_ID)))
                .execute();
        if (ours != digests.size()) {
            throw new DuplicateException("RefreshFamily", "token digest");
        }
    }
}
