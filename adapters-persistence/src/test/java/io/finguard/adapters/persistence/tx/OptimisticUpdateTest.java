package io.finguard.adapters.persistence.tx;

import static io.finguard.adapters.persistence.jooq.Tables.REFRESH_FAMILIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.adapters.persistence.jooq.tables.records.RefreshFamiliesRecord;
import io.finguard.domain.port.out.ConcurrentUpdateException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.junit.jupiter.api.Test;

/** The rendered optimistic update: what it writes, what it matches, and how a refusal is told apart. */
class OptimisticUpdateTest {
    private static final DSLContext OFFLINE = DSL.using(SQLDialect.POSTGRES);
    private static final List<TableField<RefreshFamiliesRecord, ?>> FIXED = List.of(REFRESH_FAMILIES.USER_ID,
            REFRESH_FAMILIES.CREATED_AT);
    private static final OptimisticUpdate.Rendered<RefreshFamiliesRecord> UPDATE = OptimisticUpdate.rendered(REFRESH_FAMILIES,
            REFRESH_FAMILIES.ID, REFRESH_FAMILIES.VERSION, "RefreshFamily", FIXED);
    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    private static RefreshFamiliesRecord everyColumn() {
        RefreshFamiliesRecord row = OFFLINE.newRecord(REFRESH_FAMILIES);
        for (Field<?> field : REFRESH_FAMILIES.fields()) {
            row.changed(field, true);
        }
        return row.with(REFRESH_FAMILIES.ID, UUID.randomUUID()).with(REFRESH_FAMILIES.USER_ID, UUID.randomUUID())
                .with(REFRESH_FAMILIES.CREATED_AT, AT).with(REFRESH_FAMILIES.STATUS, "ACTIVE").with(REFRESH_FAMILIES.VERSION, 3L);
    }

    /** Answers the update with {@code updated} rows and the existence check (if asked) with {@code versionMatches}. */
    private static DSLContext answering(List<List<Object>> executions, int updated, boolean versionMatches) {
        return DSL.using(new MockConnection(execution -> {
            executions.add(Arrays.asList(execution.bindings()));
            if (execution.sql().startsWith("update")) {
                return new MockResult[] {new MockResult(updated, null)};
            }
            Result<Record1<Boolean>> exists = OFFLINE.newResult(DSL.field("exists", Boolean.class));
            exists.add(OFFLINE.newRecord(DSL.field("exists", Boolean.class)).values(versionMatches));
            return new MockResult[] {new MockResult(1, exists)};
        }), SQLDialect.POSTGRES);
    }

    @Test
    void everyColumnButTheKeyTheVersionAndTheFixedOnesIsWrittenAndTheFixedOnesAreMatched() {
        RefreshFamiliesRecord row = everyColumn();
        List<List<Object>> executions = new ArrayList<>();

        UPDATE.apply(answering(executions, 1, true), row, 2L);

        int written = REFRESH_FAMILIES.fields().length - 2 - FIXED.size();
        assertThat(executions).hasSize(1);
        List<Object> bound = executions.getFirst();
        // SET: the written columns in table order; WHERE: key, expected version, then the fixed columns.
        assertThat(bound).hasSize(written + 2 + FIXED.size());
        assertThat(bound.subList(written, bound.size())).containsExactly(row.getId(), 2L, row.getUserId(),
                OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
        assertThat(bound.subList(0, written)).contains("ACTIVE").doesNotContain(row.getId(), row.getUserId(), 3L);
    }

    @Test
    void aRecordWithoutAWrittenColumnIsRefusedBeforeAnythingIsWritten() {
        RefreshFamiliesRecord row = everyColumn();
        row.changed(REFRESH_FAMILIES.REVOKED_AT, false);
        List<List<Object>> executions = new ArrayList<>();

        assertThatThrownBy(() -> UPDATE.apply(answering(executions, 1, true), row, 2L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revoked_at");
        assertThat(executions).isEmpty();
    }

    @Test
    void noRowWrittenIsAConcurrentUpdateUnlessTheVersionStillMatchesWhenAFixedColumnDiffered() {
        assertThatThrownBy(() -> UPDATE.apply(answering(new ArrayList<>(), 0, false), everyColumn(), 2L))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> UPDATE.apply(answering(new ArrayList<>(), 0, true), everyColumn(), 2L))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never changes");
    }
}
