package io.finguard.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The migrations apply to an empty schema and are a no-op on a migrated one (what {@code finguard migrate} runs). */
class MigrationsTest {

    @Test
    void anEmptySchemaGetsEveryMigrationAndASecondRunAppliesNone() {
        String schema = "finguard_migrations_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabase.shared().jdbcUrl());
        DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        try {
            int first = Migrations.migrate(dataSource, schema);
            int second = Migrations.migrate(dataSource, schema);

            assertThat(first).isEqualTo(6);
            assertThat(second).isZero();
            assertThat(sql.fetchCount(DSL.table(DSL.name(schema, "flyway_schema_history")),
                    DSL.field("success").isTrue().and(DSL.field("type").eq("SQL")))).isEqualTo(6);
        } finally {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
