package io.finguard.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A database of one's own on the {@link SharedPostgres} server: where it is and how to log in. */
public final class FreshDatabase implements AutoCloseable {
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final String description;
    private final Runnable drop;

    FreshDatabase(String jdbcUrl, String user, String password, String description, Runnable drop) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.description = description;
        this.drop = drop;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A plain, unpooled data source. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = SharedPostgres.dataSource(jdbcUrl);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** A plain connection, for checks the code under test cannot express. */
    public Connection connect() throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl, credentials);
    }

    @Override
    public void close() {
        drop.run();
    }

    @Override
    public String toString() {
        return description;
    }
}
