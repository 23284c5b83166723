package io.finguard.adapters.persistence.session;

import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_FAMILIES;
import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_TOKENS;
import static io.finguard.adapters.persistence.jooq.Tables.USER_DEVICES;

import io.finguard.adapters.persistence.jooq.tables.records.RefreshFamiliesRecord;
import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.OptimisticUpdate;
import io.finguard.adapters.persistence.tx.RenderedQuery;
import io.finguard.adapters.persistence.tx.RenderedStatement;
import io.finguard.domain.model.DeviceId;
import io.finguard.domain.model.FamilyId;
import io.finguard.domain.model.TokenDigest;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.DuplicateException;
import io.finguard.domain.port.out.Sessions;
import io.finguard.domain.session.RefreshFamily;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
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
    // Every refresh and step-up writes its family and remembers its digests: rendered once (RenderedStatement). The facts
    // are fixed at login: they are part of the match, not of what is written.
    private static final OptimisticUpdate.Rendered<RefreshFamiliesRecord> UPDATE = OptimisticUpdate.rendered(REFRESH_FAMILIES,
            REFRESH_FAMILIES.ID, REFRESH_FAMILIES.VERSION, "RefreshFamily", List.of(REFRESH_FAMILIES.USER_ID,
                    REFRESH_FAMILIES.DEVICE_ID, REFRESH_FAMILIES.KEY_THUMBPRINT, REFRESH_FAMILIES.CREATED_AT,
                    REFRESH_FAMILIES.ABSOLUTE_EXPIRES_AT, REFRESH_FAMILIES.SESSION_NAME, REFRESH_FAMILIES.NETWORK));
    // A step-up or login checks the session it replaces, counts the user's live sessions and starts one.
    private static final RenderedQuery LOCK = RenderedQuery.of(dsl -> dsl.select(REFRESH_FAMILIES.fields())
            .from(REFRESH_FAMILIES)
            .where(REFRESH_FAMILIES.ID.eq(RenderedStatement.param(REFRESH_FAMILIES.ID)))
            .forUpdate());
    // A fixed order, so two transactions locking the same user's families cannot deadlock.
    private static final RenderedQuery LOCK_ACTIVE_OF = RenderedQuery.of(dsl -> dsl.select(REFRESH_FAMILIES.fields())
            .from(REFRESH_FAMILIES)
            .where(REFRESH_FAMILIES.USER_ID.eq(RenderedStatement.param(REFRESH_FAMILIES.USER_ID)))
            .and(REFRESH_FAMILIES.STATUS.eq(DSL.inline(ACTIVE)))
            .orderBy(REFRESH_FAMILIES.CREATED_AT, REFRESH_FAMILIES.ID)
            .forUpdate());
    private static final RenderedStatement INSERT = RenderedStatement.insert(REFRESH_FAMILIES);
    // A family remembers its current digest, and after a rotation its previous one too.
    private static final List<RenderedStatement> REMEMBER = List.of(remember(1), remember(2));
    private final JooqTransactions transactions;

    public PostgresSessions(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(RefreshFamily.Active family) {
        DSLContext dsl = transactions.dsl();
        INSERT.execute(dsl, RenderedStatement.valuesOf(RefreshFamilyMapper.toRecord(family), List.of(REFRESH_FAMILIES.fields())));
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
        return LOCK.fetchOptional(transactions.dsl(), Map.of(REFRESH_FAMILIES.ID.getName(), id.value()))
                .map(r -> RefreshFamilyMapper.fromRecord(r.into(REFRESH_FAMILIES)));
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
        return LOCK_ACTIVE_OF.fetch(transactions.dsl(), Map.of(REFRESH_FAMILIES.USER_ID.getName(), user.value()))
                .map(r -> (RefreshFamily.Active) RefreshFamilyMapper.fromRecord(r.into(REFRESH_FAMILIES)));
    }

    @Override
    public void update(RefreshFamily family) {
        DSLContext dsl = transactions.dsl();
        UPDATE.apply(dsl, RefreshFamilyMapper.toRecord(family), family.version());
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
        Map<String, Object> values = new HashMap<>();
        int row = 0;
        for (String digest : digests) {
            values.put("digest" + row, digest);
            values.put("family" + row, family.id().value());
            row++;
        }
        int ours = REMEMBER.get(digests.size() - 1).execute(dsl, values);
        if (ours != digests.size()) {
            throw new DuplicateException("RefreshFamily", "token digest");
        }
    }

    /** The insert of {@code rows} digests (parameters digest0, family0, ...); a digest of another family is left as it is. */
    private static RenderedStatement remember(int rows) {
        return RenderedStatement.of(dsl -> {
            var insert = dsl.insertInto(REFRESH_TOKENS, REFRESH_TOKENS.DIGEST, REFRESH_TOKENS.FAMILY_ID)
                    .values(DSL.param("digest0", REFRESH_TOKENS.DIGEST.getDataType()),
                            DSL.param("family0", REFRESH_TOKENS.FAMILY_ID.getDataType()));
            for (int row = 1; row < rows; row++) {
                insert = insert.values(DSL.param("digest" + row, REFRESH_TOKENS.DIGEST.getDataType()),
                        DSL.param("family" + row, REFRESH_TOKENS.FAMILY_ID.getDataType()));
            }
            return insert.onConflict(REFRESH_TOKENS.DIGEST)
                    .doUpdate()
                    .set(REFRESH_TOKENS.FAMILY_ID, DSL.excluded(REFRESH_TOKENS.FAMILY_ID))
                    .where(REFRESH_TOKENS.FAMILY_ID.eq(DSL.excluded(REFRESH_TOKENS.FAMILY_ID)));
        });
    }
}
