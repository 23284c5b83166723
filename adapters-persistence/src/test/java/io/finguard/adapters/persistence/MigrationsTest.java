package io.finguard.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
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

            assertThat(first).isEqualTo(7);
            assertThat(second).isZero();
            assertThat(sql.fetchCount(DSL.table(DSL.name(schema, "flyway_schema_history")),
                    DSL.field("success").isTrue().and(DSL.field("type").eq("SQL")))).isEqualTo(7);
        } finally {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    /** The database never holds the sealing key, so a plaintext code still waiting at the upgrade is retired, not kept. */
    @Test
    void upgradingToSealedCodesExpiresAndWipesAPlaintextCodeStillWaiting() {
        String schema = "finguard_migrations_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(TestDatabase.shared().jdbcUrl());
        DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").schemas(schema).defaultSchema(schema)
                    .createSchemas(true).target("5").load().migrate();
            sql.execute("INSERT INTO " + schema + ".outbox (id, challenge_id, phone, code, status, created_at, expires_at, "
                    + "next_attempt_at) VALUES (gen_random_uuid(), gen_random_uuid(), '+4915112345678', '042917', 'PENDING', "
                    + "now(), now() + interval '5 minutes', now())");

            assertThat(Migrations.migrate(dataSource, schema)).isEqualTo(1);

            var row = sql.fetchSingle("SELECT o::text AS whole, status, ended_at FROM " + schema + ".outbox o");
            assertThat(row.get("status", String.class)).isEqualTo("EXPIRED");
            assertThat(row.get("ended_at")).isNotNull();
            assertThat(row.get("whole", String.class)).doesNotContain("042917");
        } finally {
            sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
