package io.finguard.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.finguard.domain.fixtures.InMemoryPhoneVault;
import io.finguard.domain.port.out.PhoneVault;
import io.finguard.testsupport.SharedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The database the tests of this module share, one per JVM, on the {@link SharedPostgres} server (embedded, or the
 * one named by {@code FINGUARD_TEST_DATABASE_URL}). Either way the run gets a fresh schema of its own, migrated
 * by {@link Migrations}; on an external server the schema is dropped when the JVM ends. Tests isolate their data
 * by random ids and phones, so nothing is cleaned between them.
 */
public final class TestDatabase {
    private static final class Holder {
        private static final TestDatabase SHARED = start();
    }

    /** The vault the migrations and the adapters of every test share: its index finds the rows the others wrote. */
    private static final PhoneVault PHONES = new InMemoryPhoneVault();

    private final String serverUrl;
    private final String schema;
    private final HikariDataSource pool;
    private final String description;

    private TestDatabase(String serverUrl, String schema, HikariDataSource pool, String description) {
        this.serverUrl = serverUrl;
        this.schema = schema;
        this.pool = pool;
        this.description = description;
    }

    public static TestDatabase shared() {
        return Holder.SHARED;
    }

    /** How the tests' rows hold phone numbers (docs/adr/0023). */
    public static PhoneVault phones() {
        return PHONES;
    }

    /** The pooled data source the adapters under test use (search_path = the run's schema). */
    public DataSource dataSource() {
        return pool;
    }

    public String schema() {
        return schema;
    }

    /** Plain SQL against the run's schema outside the adapters, for checks the ports cannot express. */
    public DSLContext sql() {
        return DSL.using(pool, SQLDialect.POSTGRES);
    }

    /** The JDBC URL of the run's schema, for tests that build a pool of their own. */
    public String jdbcUrl() {
        return withSchema(serverUrl, schema);
    }

    @Override
    public String toString() {
        return description + ", schema " + schema;
    }

    private static TestDatabase start() {
        SharedPostgres server = SharedPostgres.shared();
        String serverUrl = server.url();
        String schema = "finguard_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        Migrations.migrate(server.dataSource(), schema, PHONES);
        HikariDataSource pool = DataSources.pooled(
                DataSourceConfig.of(withSchema(serverUrl, schema), "", "").withPoolSize(24, 0));
        TestDatabase database = new TestDatabase(serverUrl, schema, pool, server.toString());
        if (server.external()) {
            Runtime.getRuntime().addShutdownHook(new Thread(database::dropSchema, "drop-test-schema"));
        }
        System.out.println("[TestDatabase] " + database + " (" + serverVersion(pool) + ")");
        return database;
    }

    private void dropSchema() {
        pool.close();
        try (Connection connection = SharedPostgres.shared().dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("[TestDatabase] could not drop schema " + schema + ": " + e.getMessage());
        }
    }

    private static String serverVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL " + connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("test database unreachable", e);
        }
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
