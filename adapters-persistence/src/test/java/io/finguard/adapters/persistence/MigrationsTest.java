package io.finguard.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.finguard.domain.model.PhoneNumber;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The migrations apply to an empty schema and are a no-op on a migrated one (what {@code finguard migrate} runs). */
class MigrationsTest {
    /** A schema of this test's own on the shared server, dropped afterwards. */
    private final String schema = "finguard_migrations_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final DSLContext sql = DSL.using(dataSource, SQLDialect.POSTGRES);

    @BeforeEach
    void onTheSharedServer() {
        dataSource.setUrl(TestDatabase.shared().jdbcUrl());
    }

    @AfterEach
    void dropTheSchema() {
        sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    /** The schema as an older release left it: migrated up to {@code version} only. */
    private void migratedUpTo(String version) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").schemas(schema).defaultSchema(schema)
                .createSchemas(true).target(version).load().migrate();
    }

    @Test
    void anEmptySchemaGetsEveryMigrationAndASecondRunAppliesNone() {
        int first = Migrations.migrate(dataSource, schema, TestDatabase.phones());
        int second = Migrations.migrate(dataSource, schema, TestDatabase.phones());

        assertThat(first).isEqualTo(27);
        assertThat(second).isZero();
        assertThat(sql.fetchCount(DSL.table(DSL.name(schema, "flyway_schema_history")),
                DSL.field("success").isTrue().and(DSL.field("type").eq("SQL")))).isEqualTo(26);
    }

    /** The build's jOOQ generator migrates an empty database from the SQL files alone: V28 (Java) is not among them. */
    @Test
    void theSqlMigrationsAloneBuildTheWholeSchemaWhenThereIsNoNumberToSeal() {
        int applied = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").schemas(schema)
                .defaultSchema(schema).createSchemas(true).load().migrate().migrationsExecuted;

        assertThat(applied).isEqualTo(26);
        assertThat(sql.fetchCount(DSL.table(DSL.name(schema, "flyway_schema_history")), DSL.field("version").eq("28"))).isZero();
        assertThat(sql.fetchExists(DSL.select().from("information_schema.columns").where(DSL.field("table_schema").eq(schema))
                .and(DSL.field("table_name").eq("users")).and(DSL.field("column_name").eq("phone_index")))).isTrue();
    }

    /** Without the service's keys (no V28) a number in clear is never dropped: V29 refuses and leaves it for the real run. */
    @Test
    void withoutTheJavaMigrationTheClearNumbersStayAndTheServiceMigrationSealsThemLater() {
        migratedUpTo("26");
        sql.execute("INSERT INTO " + schema + ".pre_users (id, phone, status, created_at, expires_at, otp_failures) VALUES "
                + "(gen_random_uuid(), '+447700900201', 'CREATED', now(), now() + interval '1 day', 0)");

        assertThatThrownBy(() -> Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").schemas(schema)
                .defaultSchema(schema).load().migrate()).isInstanceOf(FlywayException.class);
        assertThat(sql.fetchValue("SELECT phone FROM " + schema + ".pre_users")).isEqualTo("+447700900201");

        assertThat(Migrations.migrate(dataSource, schema, TestDatabase.phones())).as("V28 and V29").isEqualTo(2);
        assertThat(sql.fetchValue("SELECT phone_index FROM " + schema + ".pre_users"))
                .isEqualTo(TestDatabase.phones().index(PhoneNumber.of("+447700900201")).bytes());
    }

    /** The database never holds the sealing key, so a plaintext code still waiting at the upgrade is retired, not kept. */
    @Test
    void upgradingToSealedCodesExpiresAndWipesAPlaintextCodeStillWaiting() {
        migratedUpTo("5");
        sql.execute("INSERT INTO " + schema + ".outbox (id, challenge_id, phone, code, status, created_at, expires_at, "
                + "next_attempt_at) VALUES (gen_random_uuid(), gen_random_uuid(), '+4915112345678', '042917', 'PENDING', "
                + "now(), now() + interval '5 minutes', now())");

        assertThat(Migrations.migrate(dataSource, schema, TestDatabase.phones())).as("V6 to V29").isEqualTo(22);

        var row = sql.fetchSingle("SELECT o::text AS whole, status, ended_at FROM " + schema + ".outbox o");
        assertThat(row.get("status", String.class)).isEqualTo("EXPIRED");
        assertThat(row.get("ended_at")).isNotNull();
        assertThat(row.get("whole", String.class)).doesNotContain("042917");
    }

    @Test
    void aSignupWhosePinWasChosenBeforePinTagsChoosesItsCredentialsAgainAndOneUnderReviewStaysAsItWas() {
        migratedUpTo("7");
        String columns = "(id, phone, status, created_at, expires_at, otp_failures, password_hash, pin_hash, first_name, "
                + "last_name, date_of_birth, address_line1, address_line2, city, postal_code, country, risk_reasons)";
        String profile = "'Ada', 'Lovelace', DATE '1990-05-17', '1 Way', '', 'London', 'N1', 'GB'";
        sql.execute("INSERT INTO " + schema + ".pre_users " + columns + " VALUES "
                + "('00000000-0000-4000-8000-000000000001', '+447700900001', 'CREDENTIALS_SET', now(), now() + interval '1 day', 0,"
                + " 'pw', 'pin', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), "
                + "('00000000-0000-4000-8000-000000000002', '+447700900002', 'PROFILE_COMPLETED', now(), now() + interval '1 day', 0,"
                + " 'pw', 'pin', " + profile + ", NULL), "
                + "('00000000-0000-4000-8000-000000000003', '+447700900003', 'UNDER_REVIEW', now(), now() + interval '1 day', 0,"
                + " 'pw', 'pin', " + profile + ", ARRAY['OTP_FAILURES'])");

        assertThat(Migrations.migrate(dataSource, schema, TestDatabase.phones())).as("V8 to V29").isEqualTo(20);

        assertThat(sql.fetch("SELECT status, password_hash, first_name, pin_tag FROM " + schema + ".pre_users ORDER BY id")
                .map(r -> r.get(0) + "/" + r.get(1) + "/" + r.get(2) + "/" + r.get(3)))
                .containsExactly("CREATED/null/null/null", "CREATED/null/null/null", "UNDER_REVIEW/pw/Ada/null");
    }
}
