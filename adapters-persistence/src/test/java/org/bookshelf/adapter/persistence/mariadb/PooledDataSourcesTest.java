package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The pool's connections wait seconds, not the server's 50 s, for a row lock, and never forever for an
 * answer; whatever parameters the JDBC URL carries of its own (an external {@code BOOKSHELF_DB_URL}).
 */
class PooledDataSourcesTest {

    @Test
    void each_connection_waits_at_most_5_s_for_a_lock_and_30_s_for_the_database_to_answer() throws SQLException {
        try (HikariDataSource pool = PooledDataSources.create(EmbeddedTestDatabase.jdbcUrl(),
                EmbeddedTestDatabase.user(), EmbeddedTestDatabase.password());
                Connection connection = pool.getConnection()) {
            assertThat(lockWaitTimeout(connection)).isEqualTo(5);
            assertThat(connection.getNetworkTimeout()).isEqualTo(30_000);
        }
    }

    @Test
    void the_lock_wait_applies_over_the_url_s_session_variables_and_a_socket_timeout_in_the_url_wins() throws SQLException {
        String url = EmbeddedTestDatabase.jdbcUrl()
                + "&sessionVariables=innodb_lock_wait_timeout=50,sql_mode='STRICT_ALL_TABLES'&socketTimeout=60000";

        try (HikariDataSource pool = PooledDataSources.create(url, EmbeddedTestDatabase.user(),
                EmbeddedTestDatabase.password());
                Connection connection = pool.getConnection()) {
            assertThat(lockWaitTimeout(connection)).isEqualTo(5);
            assertThat(connection.getNetworkTimeout()).isEqualTo(60_000);
            assertThat(query(connection, "SELECT @@SESSION.sql_mode")).isEqualTo("STRICT_ALL_TABLES");
        }
    }

    private static long lockWaitTimeout(Connection connection) throws SQLException {
        return Long.parseLong(query(connection, "SELECT @@SESSION.innodb_lock_wait_timeout"));
    }

    private static String query(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
