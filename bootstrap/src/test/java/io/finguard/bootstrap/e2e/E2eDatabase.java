package io.finguard.bootstrap.e2e;

import io.finguard.bootstrap.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The PostgreSQL database of one service under test: an embedded PostgreSQL 18 in a temporary directory, or,
 * when FINGUARD_TEST_DATABASE_URL is set, a database with a random name created on that server (and dropped
 * on close), so runs never see each other's rows.
 */
final class E2eDatabase implements AutoCloseable {
    static final String URL_VARIABLE = "FINGUARD_TEST_DATABASE_URL";
    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)/([^?]*)(\\?.*)?");

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String description;
    private final AutoCloseable owner;

    private E2eDatabase(String jdbcUrl, String user, String password, String description, AutoCloseable owner) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.owner = owner;
    }

    static E2eDatabase fresh() {
        String external = System.getenv(URL_VARIABLE);
        return external == null || external.isBlank() ? embedded() : onServer(external.trim());
    }

    private static E2eDatabase embedded() {
        Path directory = temporaryDirectory("finguard-e2e-pg-");
        EmbeddedPostgres postgres = EmbeddedPostgres.start(directory);
        return new E2eDatabase(postgres.jdbcUrl(), EmbeddedPostgres.USER, "unused-local-trust",
                "embedded PostgreSQL 18 on port " + postgres.port(), () -> {
                    postgres.close();
                    deleteRecursively(directory);
                });
    }

    private static E2eDatabase onServer(String serverUrl) {
        Matcher url = JDBC_URL.matcher(serverUrl);
        if (!url.matches()) {
            throw new IllegalArgumentException(URL_VARIABLE + " is not a jdbc:postgresql://host:port/database URL");
        }
        String query = url.group(3) == null ? "" : url.group(3);
        String user = parameter(query, "user", "postgres");
        String password = parameter(query, "password", "unused-" + randomHex());
        String database = "finguard_e2e_" + randomHex();
        execute(serverUrl, user, password, "CREATE DATABASE " + database);
        String jdbcUrl = url.group(1) + "/" + database + query;
        return new E2eDatabase(jdbcUrl, user, password, "database " + database + " on the server of " + URL_VARIABLE,
                () -> execute(serverUrl, user, password, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** A plain connection for checks the API cannot express (what is stored, and how). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, credentials(user, password));
    }

    @Override
    public String toString() {
        return description;
    }

    @Override
    public void close() {
        try {
            owner.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not release " + description, e);
        }
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, credentials(user, password));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on the test server", e);
        }
    }

    private static Properties credentials(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return properties;
    }

    private static String parameter(String query, String name, String fallback) {
        Matcher value = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(query);
        return value.find() ? value.group(1) : fallback;
    }

    private static String randomHex() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }
}
