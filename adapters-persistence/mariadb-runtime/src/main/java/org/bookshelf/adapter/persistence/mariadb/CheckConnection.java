package org.bookshelf.adapter.persistence.mariadb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * The one connection a periodic health check asks its server on, outside every pool, so that a busy pool never
 * delays a check: opened when first needed and again after it broke, with a short timeout to connect and to
 * answer, so that a server that hangs is found out as fast as one that is gone. Not thread-safe: one checker.
 */
final class CheckConnection implements AutoCloseable {

    private final String url;
    private final Properties properties = new Properties();
    private Connection connection;

    /** @param password may be {@code null} for none */
    CheckConnection(String url, String user, String password, Duration timeout) {
        this.url = url;
        properties.setProperty("user", user == null ? "" : user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", String.valueOf(timeout.toMillis()));
        properties.setProperty("socketTimeout", String.valueOf(timeout.toMillis()));
    }

    /** The open connection, opened now if there is none. */
    Connection get() throws SQLException {
        if (connection == null) {
            connection = DriverManager.getConnection(url, properties);
        }
        return connection;
    }

    /** Closes the connection after a failure, so that the next {@link #get()} opens a new one. */
    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // broken already: nothing to end
            }
            connection = null;
        }
    }
}
