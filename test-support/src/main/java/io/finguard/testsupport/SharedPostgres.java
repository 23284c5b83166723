package io.finguard.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of a test JVM: the server named by {@code FINGUARD_TEST_DATABASE_URL} when it is set,
 * else one embedded PostgreSQL 18 on a free port, started on first use and stopped when the JVM ends. Tests
 * never share rows through it: each takes a schema ({@link #url()}) or a {@link #freshDatabase} of its own.
 */
public final class SharedPostgres {
    public static final String URL_VARIABLE = "FINGUARD_TEST_DATABASE_URL";
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)/([^?]*)(\\?.*)?");

    private static final class Holder {
        private static final SharedPostgres SHARED = announced(start());
    }

    private final String url;
    private final boolean external;
    private final String description;

    private SharedPostgres(String url, boolean external, String description) {
        this.url = url;
        this.external = external;
        this.description = description;
    }

    public static SharedPostgres shared() {
        return Holder.SHARED;
    }

    /** The JDBC URL of the server's default database, user included (e.g. {@code ...?user=postgres}). */
    public String url() {
        return url;
    }

    /** True when the server is the one of {@value #URL_VARIABLE}: what a test creates there, it must drop. */
    public boolean external() {
        return external;
    }

    /** A plain, unpooled data source on {@link #url()}. */
    public PGSimpleDataSource dataSource() {
        return dataSource(url);
    }

    /**
     * A new, empty database with a random name starting with {@code prefix}; on an external server it is
     * dropped on close (an embedded server takes its databases with it when the JVM ends).
     */
    public FreshDatabase freshDatabase(String prefix) {
        Matcher parts = JDBC_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalArgumentException(URL_VARIABLE + " is not a jdbc:postgresql://host:port/database URL");
        }
        String query = parts.group(3) == null ? "" : parts.group(3);
        String user = parameter(query, "user", "postgres");
        // Serve mode wants a password; the embedded server trusts local logins and ignores it.
        String password = parameter(query, "password", "unused-" + randomHex());
        String name = prefix + randomHex();
        execute("CREATE DATABASE " + name);
        Runnable drop = external ? () -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)") : () -> { };
        return new FreshDatabase(parts.group(1) + "/" + name + query, user, password,
                "database " + name + " on the " + description, drop);
    }

    /** Runs one statement on the server's default database. */
    public void execute(String sql) {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on the " + description, e);
        }
    }

    @Override
    public String toString() {
        return description;
    }

    /** One line in the test output says which server the run used (the CI passes rely on it). */
    private static SharedPostgres announced(SharedPostgres server) {
        System.out.println("[SharedPostgres] " + server);
        return server;
    }

    private static SharedPostgres start() {
        String configured = System.getenv(URL_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new SharedPostgres(configured.trim(), true, "external PostgreSQL from " + URL_VARIABLE);
        }
        try {
            // Port 0 lets the kernel pick a free one: 5432 belongs to the machine's own server.
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().setPort(0).setServerConfig("max_connections", "200").start();
            return new SharedPostgres(embedded.getJdbcUrl("postgres", "postgres"), false,
                    "embedded PostgreSQL on port " + embedded.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    static PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        return dataSource;
    }

    private static String parameter(String query, String name, String fallback) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(query);
        return value.find() ? value.group(1) : fallback;
    }

    private static String randomHex() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
