package org.bookshelf.adapter.persistence.mariadb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import org.bookshelf.adapter.persistence.EmbeddedTestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The pool's connections wait seconds, not the server's 50 s, for a row lock, run no statement for more
 * than 10 s, and never wait forever for an answer; whatever parameters the JDBC URL carries of its own
 * (an external {@code BOOKSHELF_DB_URL}).
 */
class PooledDataSourcesTest {

    @Test
    void each_connection_waits_at_most_5_s_for_a_lock_10_s_for_a_statement_and_30_s_for_an_answer()
            throws SQLException {
        try (HikariDataSource pool = PooledDataSources.create(
                        EmbeddedTestDatabase.jdbcUrl(), EmbeddedTestDatabase.user(), EmbeddedTestDatabase.password());
                Connection connection = pool.getConnection()) {
            assertThat(lockWaitTimeout(connection)).isEqualTo(5);
            assertThat(query(connection, "SELECT @@SESSION.max_statement_time")).isEqualTo("10.000000");
            assertThat(connection.getNetworkTimeout()).isEqualTo(30_000);
        }
    }

    @Test
    void a_statement_over_the_time_limit_is_interrupted_by_the_server_and_the_connection_stays_usable()
            throws SQLException {
        try (HikariDataSource pool = PooledDataSources.create(
                        EmbeddedTestDatabase.jdbcUrl(),
                        EmbeddedTestDatabase.user(),
                        EmbeddedTestDatabase.password(),
                        Duration.ofMillis(500));
                Connection connection = pool.getConnection()) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> query(connection, "SELECT SLEEP(20)"))
                    .isInstanceOfSatisfying(SQLTimeoutException.class, failure -> {
                        assertThat(failure.getErrorCode()).isEqualTo(1969);
                        assertThat(failure.getSQLState()).isEqualTo("70100");
                    })
                    .hasMessageContaining("max_statement_time exceeded");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
            assertThat(query(connection, "SELECT 'still usable'")).isEqualTo("still usable");
        }
    }

    @Test
    void the_lock_wait_applies_over_the_url_s_session_variables_and_a_socket_timeout_in_the_url_wins()
            throws SQLException {
        String url = EmbeddedTestDatabase.jdbcUrl()
                + "&sessionVariables=innodb_lock_wait_timeout=50,sql_mode='STRICT_ALL_TABLES'&socketTimeout=60000";

        try (HikariDataSource pool =
                        PooledDataSources.create(url, EmbeddedTestDatabase.user(), EmbeddedTestDatabase.password());
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
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
