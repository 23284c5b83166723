package io.finguard.adapters.persistence;

import io.finguard.domain.port.out.PhoneVault;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations shipped in this module (classpath:db/migration) and the Java ones that need the
 * service's keys ({@link SealPhoneNumbers}, V28); used by {@code finguard migrate}.
 */
public final class Migrations {
    private static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** Migrates the connection's current schema; returns how many migrations ran. */
    public static int migrate(DataSource dataSource, PhoneVault phones) {
        return report(configure(dataSource, phones).load().migrate());
    }

    /** Migrates the given schema, creating it if absent (tests use a schema of their own). */
    public static int migrate(DataSource dataSource, String schema, PhoneVault phones) {
        return report(configure(dataSource, phones).schemas(schema).defaultSchema(schema).createSchemas(true).load().migrate());
    }

    /** Migrates the given schema up to and including {@code version} only (tests of a migration start there). */
    public static int migrateTo(DataSource dataSource, String schema, PhoneVault phones, String version) {
        return report(configure(dataSource, phones).schemas(schema).defaultSchema(schema).createSchemas(true).target(version)
                .load().migrate());
    }

    private static FluentConfiguration configure(DataSource dataSource, PhoneVault phones) {
        return Flyway.configure().dataSource(dataSource).locations(LOCATION).javaMigrations(new SealPhoneNumbers(phones));
    }

    private static int report(MigrateResult result) {
        if (!result.success) {
            throw new IllegalStateException("database migration failed at version " + result.targetSchemaVersion);
        }
        return result.migrationsExecuted;
    }
}
