package io.finguard.adapters.persistence.user;

import static io.finguard.adapters.persistence.jooq.Tables.USER_ACTIVITY;

import io.finguard.adapters.persistence.tx.JooqTransactions;
import io.finguard.adapters.persistence.tx.RenderedStatement;
import io.finguard.domain.model.UserId;
import io.finguard.domain.port.out.UserActivity;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;

/** Last activity per user in {@code user_activity}: one upsert that only ever moves the instant forward. */
public final class PostgresUserActivity implements UserActivity {
    // Every token issued records activity: rendered once (RenderedStatement).
    private static final RenderedStatement RECORD = RenderedStatement.of(dsl -> dsl.insertInto(USER_ACTIVITY)
            .set(USER_ACTIVITY.USER_ID, RenderedStatement.param(USER_ACTIVITY.USER_ID))
            .set(USER_ACTIVITY.LAST_ACTIVE_AT, RenderedStatement.param(USER_ACTIVITY.LAST_ACTIVE_AT))
            .onConflict(USER_ACTIVITY.USER_ID)
            .doUpdate()
            .set(USER_ACTIVITY.LAST_ACTIVE_AT, DSL.greatest(USER_ACTIVITY.LAST_ACTIVE_AT, DSL.excluded(USER_ACTIVITY.LAST_ACTIVE_AT))));
    private final JooqTransactions transactions;

    public PostgresUserActivity(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(UserId user, Instant at) {
        RECORD.execute(transactions.dsl(), Map.of(USER_ACTIVITY.USER_ID.getName(), user.value(),
                USER_ACTIVITY.LAST_ACTIVE_AT.getName(), at));
    }

    @Override
    public Optional<Instant> lastActive(UserId user) {
        return transactions.dsl().select(USER_ACTIVITY.LAST_ACTIVE_AT).from(USER_ACTIVITY)
                .where(USER_ACTIVITY.USER_ID.eq(user.value())).fetchOptional(USER_ACTIVITY.LAST_ACTIVE_AT);
    }
}
