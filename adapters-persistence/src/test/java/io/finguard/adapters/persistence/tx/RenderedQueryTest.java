package io.finguard.adapters.persistence.tx;

import static io.finguard.adapters.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockResult;
import org.junit.jupiter.api.Test;

class RenderedQueryTest {
    private static final DSLContext OFFLINE = DSL.using(SQLDialect.POSTGRES);

    private static RenderedQuery byIdAndStatus() {
        return RenderedQuery.of(dsl -> dsl.select(USERS.ID, USERS.STATUS).from(USERS)
                .where(USERS.ID.eq(DSL.param("id", USERS.ID.getDataType())))
                .and(USERS.STATUS.eq(DSL.param("status", USERS.STATUS.getDataType()))));
    }

    @Test
    void theSqlIsJooqsOwnRenderingWithAPlaceholderPerParameter() {
        RenderedQuery query = byIdAndStatus();

        assertThat(query.sql()).isEqualTo(OFFLINE.select(USERS.ID, USERS.STATUS).from(USERS)
                .where(USERS.ID.eq((UUID) null)).and(USERS.STATUS.eq((String) null)).getSQL());
        assertThat(query.sql().chars().filter(c -> c == '?').count()).isEqualTo(2);
    }

    @Test
    void aMissingOrUnknownValueIsRefused() {
        RenderedQuery query = byIdAndStatus();

        assertThatThrownBy(() -> query.fetch(OFFLINE, Map.of("id", UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> query.fetch(OFFLINE, Map.of("id", UUID.randomUUID(), "state", "ACTIVE")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
    }

    @Test
    void rowsAreReadIntoTheQueryFieldsUnderThisModulesSettingsWithTheValuesBoundInOrder() throws Exception {
        UUID id = UUID.randomUUID();
        Result<Record2<UUID, String>> stored = OFFLINE.newResult(USERS.ID, USERS.STATUS);
        stored.add(OFFLINE.newRecord(USERS.ID, USERS.STATUS).values(id, "ACTIVE"));
        List<Object> bound = new ArrayList<>();
        MockConnection connection = new MockConnection(execution -> {
            bound.addAll(List.of(execution.bindings()));
            return new MockResult[] {new MockResult(1, stored)};
        });

        Result<Record> rows = byIdAndStatus().fetch(connection, Map.of("status", "ACTIVE", "id", id));

        assertThat(bound).containsExactly(id, "ACTIVE");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(USERS.ID)).isEqualTo(id);
        assertThat(rows.get(0).into(USERS).getStatus()).isEqualTo("ACTIVE");
        // jOOQ's execute log (on by default) prints fetched rows at debug level: phone ciphertexts, hashes.
        assertThat(rows.configuration().settings().isExecuteLogging()).isFalse();
    }

    @Test
    void aValueThatIsNotAParameterOrANameUsedTwiceIsRefusedWhenRendered() {
        assertThatThrownBy(() -> RenderedQuery.of(dsl -> dsl.select(USERS.ID).from(USERS).where(USERS.ID.eq(UUID.randomUUID()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RenderedQuery.of(dsl -> dsl.select(USERS.ID).from(USERS)
                .where(USERS.STATUS.eq(DSL.param("s", USERS.STATUS.getDataType())))
                .or(USERS.STATUS.eq(DSL.param("s", USERS.STATUS.getDataType())))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
