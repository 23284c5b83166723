package io.finguard.bootstrap.e2e;

import io.finguard.testsupport.FreshDatabase;
import io.finguard.testsupport.SharedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The PostgreSQL database of one service under test: a database with a random name created on the test JVM's
 * {@link SharedPostgres} server (embedded, or the one of FINGUARD_TEST_DATABASE_URL, where it is dropped on
 * close), so runs and services never see each other's rows.
 */
final class E2eDatabase implements AutoCloseable {
    static final String URL_VARIABLE = SharedPostgres.URL_VARIABLE;

    private final FreshDatabase database;

    private E2eDatabase(FreshDatabase database) {
        this.database = database;
    }

    static E2eDatabase fresh() {
        return new E2eDatabase(SharedPostgres.shared().freshDatabase("finguard_e2e_"));
    }

    String jdbcUrl() {
        return database.jdbcUrl();
    }

    String user() {
        return database.user();
    }

    String password() {
        return database.password();
    }

    /** A plain connection for checks the API cannot express (what is stored, and how). */
    Connection connect() throws SQLException {
        return database.connect();
    }

    @Override
    public String toString() {
        return database.toString();
    }

    @Override
    public void close() {
        database.close();
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
