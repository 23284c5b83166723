package io.finguard.adapters.persistence.tx;

import static io.finguard.adapters.persistence.jooq.Tables.USER_ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.junit.jupiter.api.Test;

class RenderedStatementTest {
    private static final DSLContext OFFLINE = DSL.using(SQLDialect.POSTGRES);

    /** A connection that records what each execution bound and answers every statement with {@code count} rows. */
    private static DSLContext recording(List<List<Object>> executions, int count) {
        return DSL.using(new MockConnection(execution -> {
            executions.add(Arrays.asList(execution.bindings()));
            return new MockResult[] {new MockResult(count, null)};
        }), SQLDialect.POSTGRES);
    }

    @Test
    void aWriteIsJooqsOwnRenderingAndRunsWithItsValuesBoundInParameterOrder() {
        RenderedStatement upsert = RenderedStatement.of(dsl -> dsl.insertInto(USER_ACTIVITY)
                .set(USER_ACTIVITY.USER_ID, RenderedStatement.param(USER_ACTIVITY.USER_ID))
                .set(USER_ACTIVITY.LAST_ACTIVE_AT, RenderedStatement.param(USER_ACTIVITY.LAST_ACTIVE_AT))
                .onConflictDoNothing());
        UUID user = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-30T12:00:00Z");
        List<List<Object>> executions = new ArrayList<>();

        int written = upsert.execute(recording(executions, 1), Map.of("last_active_at", at, "user_id", user));

        assertThat(upsert.sql()).isEqualTo(OFFLINE.insertInto(USER_ACTIVITY)
                .set(USER_ACTIVITY.USER_ID, (UUID) null).set(USER_ACTIVITY.LAST_ACTIVE_AT, (Instant) null)
                .onConflictDoNothing().getSQL());
        assertThat(written).isEqualTo(1);
        // An Instant goes to the driver as the timestamp with offset jOOQ's own binding would send.
        assertThat(executions).containsExactly(List.of(user, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    @Test
    void anInsertOfATableNamesEveryColumnAsAParameterAndARecordFillsThem() {
        RenderedStatement insert = RenderedStatement.insert(USER_ACTIVITY);
        UUID user = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-30T12:00:00Z");
        var row = OFFLINE.newRecord(USER_ACTIVITY).with(USER_ACTIVITY.USER_ID, user).with(USER_ACTIVITY.LAST_ACTIVE_AT, at);
        List<List<Object>> executions = new ArrayList<>();

        insert.execute(recording(executions, 1), RenderedStatement.valuesOf(row, List.of(USER_ACTIVITY.fields())));

        assertThat(insert.sql().chars().filter(c -> c == '?').count()).isEqualTo(USER_ACTIVITY.fields().length);
        assertThat(executions).containsExactly(List.of(user, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    @Test
    void aValueThatIsNotANamedParameterIsRefusedWhenRenderedAndAMissingValueWhenRun() {
        assertThatThrownBy(() -> RenderedStatement.of(dsl -> dsl.deleteFrom(USER_ACTIVITY)
                .where(USER_ACTIVITY.USER_ID.eq(UUID.randomUUID()))))
                .isInstanceOf(IllegalArgumentException.class);
        RenderedStatement delete = RenderedStatement.of(dsl -> dsl.deleteFrom(USER_ACTIVITY)
                .where(USER_ACTIVITY.USER_ID.eq(RenderedStatement.param(USER_ACTIVITY.USER_ID))));
        List<List<Object>> executions = new ArrayList<>();

        assertThatThrownBy(() -> delete.execute(recording(executions, 1), Map.of("user", UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user_id");
        assertThat(executions).isEmpty();
    }
}
