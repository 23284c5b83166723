package io.finguard.bootstrap.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {
    @TempDir
    Path temp;

    @Test
    void startsPostgres18OnAFreePortWithAFinguardDatabase() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(temp.resolve("pg"))) {
            assertThat(postgres.port()).isNotEqualTo(5432);
            assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/finguard");
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgres.USER, "");
                    Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SHOW server_version_num")) {
                row.next();
                assertThat(row.getInt(1)).isBetween(180000, 189999);
            }
        }
    }

    @Test
    void closingStopsTheServerKeepsTheDataAndIsHarmlessTwice() throws Exception {
        Path data = temp.resolve("pg");
        EmbeddedPostgres postgres = EmbeddedPostgres.start(data);
        assertThat(acceptsConnections(postgres.port())).isTrue();

        postgres.close();
        postgres.close();

        assertThat(acceptsConnections(postgres.port())).isFalse();
        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(Files.readString(data.resolve("PG_VERSION")).strip()).isEqualTo("18");
    }

    @Test
    void aRestartOnTheSameDirectoryFindsTheEarlierData() throws Exception {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data);
                Connection connection = first.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE survivors (name text)");
            statement.execute("INSERT INTO survivors VALUES ('row written before the restart')");
        }

        try (EmbeddedPostgres second = EmbeddedPostgres.start(data);
                Connection connection = second.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT name FROM survivors")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("row written before the restart");
        }
    }

    @Test
    void aSecondServerOnDataInUseIsRefusedWithAClearMessage() {
        Path data = temp.resolve("pg");
        try (EmbeddedPostgres first = EmbeddedPostgres.start(data)) {
            assertThatThrownBy(() -> EmbeddedPostgres.start(data))
                    .hasMessageContaining(data.toString())
                    .hasMessageContaining("another finguard dev");
            assertThat(acceptsConnections(first.port())).isTrue();
        }
    }

    static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
