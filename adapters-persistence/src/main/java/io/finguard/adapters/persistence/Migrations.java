package io.finguard.adapters.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Applies the Flyway migrations shipped in this module (classpath:db/migration); used by {@code finguard migrate}. */
public final class Migrations {
    private static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** Migrates the connection's current schema; returns how many migrations ran. */
    public static int migrate(DataSource dataSource) {
        return report(Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate());
    }

    /** Migrates the given schema, creating it if absent (tests use a schema of their own). */
    public static int migrate(DataSource dataSource, String schema) {
        return report(Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .load()
                .migrate());
    }

    private static int report(MigrateResult result) {
        if (!result.success) {
            throw new IllegalStateException("database migration failed at version " + result.targetSchemaVersion);
        }
        return result.migrationsExecuted;
    }
}
