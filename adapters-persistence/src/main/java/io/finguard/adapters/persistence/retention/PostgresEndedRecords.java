package io.finguard.adapters.persistence.retention;

import static io.finguard.adapters.persistence.jooq.Tables.EVENT_DELIVERIES;
import static io.finguard.adapters.persistence.jooq.Tables.OTP_CHALLENGES;
import static io.finguard.adapters.persistence.jooq.Tables.OUTBOX;
import static io.finguard.adapters.persistence.jooq.Tables.PASSKEY_CHALLENGES;
import static io.finguard.adapters.persistence.jooq.Tables.PAYMENT_AUTHORIZATIONS;
import static io.finguard.adapters.persistence.jooq.Tables.PHONE_CHANGES;
import static io.finguard.adapters.persistence.jooq.Tables.PRE_USERS;
import static io.finguard.adapters.persistence.jooq.Tables.RECOVERIES;
import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_FAMILIES;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.domain.phone.RecoveryStatus;
import io.finguard.domain.port.out.EndedRecords;
import io.finguard.domain.retention.EndedKind;
import io.finguard.domain.signup.PreUserStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * {@link EndedRecords} on PostgreSQL: each call is one {@code DELETE} of at most {@code limit} rows picked by
 * {@code FOR UPDATE SKIP LOCKED}, so a purge never waits for a row a live request holds, and never holds many.
 */
public final class PostgresEndedRecords implements EndedRecords {
    private static final List<String> SIGNUPS_ENDING_AT_EXPIRY = List.of(PreUserStatus.CREATED.name(),
            PreUserStatus.CREDENTIALS_SET.name(), PreUserStatus.PROFILE_COMPLETED.name(), PreUserStatus.EXPIRED.name());
    private static final String COMPLETED = RecoveryStatus.COMPLETED.name();
    private static final String REJECTED = RecoveryStatus.REJECTED.name();
    /** event_deliveries' status values (PostgresEventOutbox writes them). */
    private static final String DELIVERED = "DELIVERED";
    private static final String DEAD = "DEAD";

    private final JooqTransactions transactions;

    public PostgresEndedRecords(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public int purge(EndedKind kind, Instant endedBefore, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return switch (kind) {
            case OTP_CHALLENGES -> purgeChallenges(endedBefore, limit);
            case SIGNUPS -> delete(PRE_USERS, PRE_USERS.STATUS.in(SIGNUPS_ENDING_AT_EXPIRY).and(PRE_USERS.EXPIRES_AT.le(endedBefore))
                    .or(PRE_USERS.STATUS.eq(PreUserStatus.CONVERTED.name()).and(PRE_USERS.CONVERTED_AT.lt(endedBefore))), limit);
            // revoked_at is set exactly when the family is revoked (schema); token digests go with their family (ON DELETE
            // CASCADE); the devices stay known.
            case SESSIONS -> delete(REFRESH_FAMILIES,
                    DSL.coalesce(REFRESH_FAMILIES.REVOKED_AT, REFRESH_FAMILIES.ABSOLUTE_EXPIRES_AT).lt(endedBefore), limit);
            case PHONE_CHANGES -> delete(PHONE_CHANGES,
                    DSL.coalesce(PHONE_CHANGES.ENDED_AT, PHONE_CHANGES.EXPIRES_AT).lt(endedBefore), limit);
            case RECOVERIES -> delete(RECOVERIES,
                    RECOVERIES.STATUS.eq(COMPLETED).and(RECOVERIES.COMPLETED_AT.lt(endedBefore))
                            .or(RECOVERIES.STATUS.eq(REJECTED).and(RECOVERIES.DECIDED_AT.lt(endedBefore)))
                            .or(RECOVERIES.STATUS.notIn(COMPLETED, REJECTED).and(RECOVERIES.EXPIRES_AT.lt(endedBefore))), limit);
            case PASSKEY_CHALLENGES -> delete(PASSKEY_CHALLENGES, PASSKEY_CHALLENGES.EXPIRES_AT.lt(endedBefore), limit);
            // ended_at is set exactly when a delivery is delivered or dead (schema); a redelivered one is PENDING again.
            case DELIVERED_EVENTS -> delete(EVENT_DELIVERIES,
                    EVENT_DELIVERIES.STATUS.eq(DELIVERED).and(EVENT_DELIVERIES.ENDED_AT.lt(endedBefore)), limit);
            case DEAD_EVENTS -> delete(EVENT_DELIVERIES,
                    EVENT_DELIVERIES.STATUS.eq(DEAD).and(EVENT_DELIVERIES.ENDED_AT.lt(endedBefore)), limit);
            // Used or failed ones ended earlier, PENDING or CONFIRMED ones at their expiry (status only moves when read):
            // all have ended by expires_at, so that is read (one used just before the cutoff stays at most 5 minutes longer).
            case PAYMENT_AUTHORIZATIONS -> delete(PAYMENT_AUTHORIZATIONS,
                    PAYMENT_AUTHORIZATIONS.EXPIRES_AT.lt(endedBefore), limit);
        };
    }

    /** Also deletes the outbox rows of the purged challenges: their codes are dead anyway. */
    private int purgeChallenges(Instant endedBefore, int limit) {
        DSLContext dsl = transactions.dsl();
        List<UUID> purged = dsl.deleteFrom(OTP_CHALLENGES)
                .where(batchOf(OTP_CHALLENGES, DSL.coalesce(OTP_CHALLENGES.VERIFIED_AT, OTP_CHALLENGES.SUPERSEDED_AT,
                        OTP_CHALLENGES.EXPIRED_AT, OTP_CHALLENGES.EXPIRES_AT).lt(endedBefore), limit))
                .returning(OTP_CHALLENGES.ID)
                .fetch(OTP_CHALLENGES.ID);
        if (!purged.isEmpty()) {
            dsl.deleteFrom(OUTBOX).where(OUTBOX.CHALLENGE_ID.in(purged)).execute();
        }
        return purged.size();
    }

    private int delete(Table<?> table, Condition ended, int limit) {
        return transactions.dsl().deleteFrom(table).where(batchOf(table, ended, limit)).execute();
    }

    /** The rows (by physical address) of at most {@code limit} ended ones that no other transaction holds. */
    private static Condition batchOf(Table<?> table, Condition ended, int limit) {
        return DSL.condition("ctid = ANY(ARRAY({0}))",
                DSL.select(DSL.field("ctid")).from(table).where(ended).limit(limit).forUpdate().skipLocked());
    }
}
